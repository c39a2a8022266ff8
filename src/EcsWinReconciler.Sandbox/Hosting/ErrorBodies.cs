using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>Turns an <see cref="ApiException"/> into the called service's error body.</summary>
internal static class ErrorBodies
{
    public static ApiResponse For(AwsService service, ApiException error, string requestId) => service switch
    {
        AwsService.Ec2 => ApiResponse.Text(error.Status, ApiResponse.Xml, Ec2Xml.Error(error.Code, error.Message, requestId), error.Code),
        AwsService.Sns => ApiResponse.Text(error.Status, ApiResponse.Xml, SnsXml.Error(error.Code, error.Message, requestId, error.Status), error.Code),
        AwsService.Sts => ApiResponse.Text(error.Status, ApiResponse.Xml, StsXml.Error(error.Code, error.Message, requestId, error.Status), error.Code),
        AwsService.Sqs => ApiResponse.Text(error.Status, Sqs.SqsApi.AmzJson10, EcsJson.Error($"com.amazonaws.sqs#{error.Code}", error.Message), error.Code),
        _ => ApiResponse.Text(error.Status, ApiResponse.AmzJson, EcsJson.Error(error.Code, error.Message), error.Code),
    };
}
