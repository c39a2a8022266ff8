# SAM makefile build (template.yaml: Metadata.BuildMethod makefile). `sam build` runs build-<LogicalId> once per
# function with ARTIFACTS_DIR set; all four share one Native AOT publish of src/EcsWinReconciler.Lambda, which make
# reuses while no source changed (samconfig.toml sets build_in_source so the four runs see the same PUBLISH_DIR).
#
#   make publish            # just the AOT binary: .aws-sam/aot/linux-x64/bootstrap
#   make publish RID=linux-arm64
#   sam build && sam deploy --guided

RID ?= linux-x64
CONFIGURATION ?= Release
PROJECT := src/EcsWinReconciler.Lambda/EcsWinReconciler.Lambda.csproj
PUBLISH_DIR ?= $(CURDIR)/.aws-sam/aot/$(RID)
BOOTSTRAP := $(PUBLISH_DIR)/bootstrap
SOURCES := $(shell find src -type f \( -name '*.cs' -o -name '*.csproj' \) -not -path '*/bin/*' -not -path '*/obj/*') \
	Directory.Build.props Directory.Packages.props global.json BannedSymbols.txt

.PHONY: publish build-TaskStateFunction build-ApiChangeFunction build-ResyncFunction build-SpecChangeFunction clean-aot

publish: $(BOOTSTRAP)

$(BOOTSTRAP): $(SOURCES)
	dotnet publish $(PROJECT) -c $(CONFIGURATION) -r $(RID) -o $(PUBLISH_DIR) -p:PublishAot=true
	@touch $@

define copy-bootstrap
	cp $(BOOTSTRAP) $(ARTIFACTS_DIR)/bootstrap
	chmod 755 $(ARTIFACTS_DIR)/bootstrap
endef

build-TaskStateFunction: $(BOOTSTRAP)
	$(copy-bootstrap)

build-ApiChangeFunction: $(BOOTSTRAP)
	$(copy-bootstrap)

build-ResyncFunction: $(BOOTSTRAP)
	$(copy-bootstrap)

build-SpecChangeFunction: $(BOOTSTRAP)
	$(copy-bootstrap)

clean-aot:
	rm -rf $(CURDIR)/.aws-sam/aot
