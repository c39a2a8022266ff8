namespace EcsWinReconciler.Sandbox.Wire;

/// <summary>
/// An AWS error a handler answers with: the service's error code, message and HTTP status. The pipeline turns it
/// into the service's error body (EC2 Response/Errors, SNS ErrorResponse, ECS <c>__type</c>).
/// </summary>
public sealed class ApiException : Exception
{
    public ApiException(string code, string message, int status = 400)
        : base(message)
    {
        Code = code;
        Status = status;
    }

    public ApiException()
        : this("InternalError", "internal error", 500)
    {
    }

    public ApiException(string message)
        : this("InvalidParameterValue", message)
    {
    }

    public ApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "InternalError";
        Status = 500;
    }

    public string Code { get; }

    public int Status { get; }
}
