#!/usr/bin/env python3
"""Usage: python3 scripts/check-kubernetes-manifest.py FILE (needs PyYAML and `pip install kubernetes`).

Checks a Kubernetes manifest offline: YAML syntax, then every key against the Python
client's models (V1Job and everything below it). A key the model does not know is dropped by
deserialize; comparing the round trip with the original finds it."""
import json, sys, yaml
from kubernetes import client

api = client.ApiClient()
problems = 0
for document in yaml.safe_load_all(open(sys.argv[1])):
    kind = document["apiVersion"] + "/" + document["kind"]
    assert kind == "batch/v1/Job", kind
    job = api.deserialize(json.dumps(document), "V1Job", "application/json")
    back = api.sanitize_for_serialization(job)
    if back != document:
        problems += 1
        print("differs:", json.dumps(document, sort_keys=True), json.dumps(back, sort_keys=True))
    spec = job.spec
    containers = spec.template.spec.containers
    print(job.metadata.name, "completionMode", spec.completion_mode, "completions",
          spec.completions, "parallelism", spec.parallelism, "restartPolicy",
          spec.template.spec.restart_policy, "command", containers[0].command,
          "args", containers[0].args)
    mounts = {m.name for c in containers for m in c.volume_mounts}
    volumes = {v.name for v in spec.template.spec.volumes}
    assert mounts <= volumes, (mounts, volumes)
    assert spec.template.spec.restart_policy in ("Never", "OnFailure")
    if spec.completion_mode == "Indexed":
        assert spec.completions is not None and spec.parallelism <= spec.completions
        env = {e.name for c in containers for e in (c.env or [])}
        for arg in containers[0].args or []:
            if "$(" in arg:
                name = arg.split("$(")[1].split(")")[0]
                assert name in env or name == "JOB_COMPLETION_INDEX", name
print("problems:", problems)
sys.exit(1 if problems else 0)
