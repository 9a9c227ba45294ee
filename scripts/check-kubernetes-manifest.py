#!/usr/bin/env python3
"""Usage: python3 scripts/check-kubernetes-manifest.py FILE (needs PyYAML and `pip install kubernetes`).

Checks a Kubernetes manifest offline: YAML syntax, then every key against the Python
client's models (V1Job and everything below it). A key the model does not know is dropped by
deserialize; comparing the round trip with the original finds it. Then the rules the API server
would refuse a podFailurePolicy for, and, for a container run by `sh -c`, what its script exits
with for each exit status of `brief` (a stub `brief` on the PATH): `brief batch` in a map
step must end 1 and 3 as done (0), since no failure policy action can, and pass 64, 74 and 75
on to the policy."""
import json, os, subprocess, sys, tempfile, yaml
from kubernetes import client


def check_failure_policy(spec):
    """The podFailurePolicy rules the API server checks (restartPolicy Never, one requirement
    per rule, a known container, exit codes sorted, unique, 0 not among `In` codes)."""
    policy = spec.pod_failure_policy
    if policy is None:
        return
    assert spec.template.spec.restart_policy == "Never", "podFailurePolicy needs restartPolicy Never"
    names = {c.name for c in spec.template.spec.containers}
    for rule in policy.rules:
        assert rule.action in ("FailJob", "FailIndex", "Ignore", "Count"), rule.action
        assert (rule.on_exit_codes is None) != (rule.on_pod_conditions is None), rule
        codes = rule.on_exit_codes
        if codes is not None:
            assert codes.container_name in (None, *names), codes.container_name
            assert codes.operator in ("In", "NotIn"), codes.operator
            assert codes.values == sorted(set(codes.values)), codes.values
            assert codes.operator != "In" or 0 not in codes.values, codes.values
            assert all(0 <= v <= 255 for v in codes.values), codes.values


def script_exits(container):
    """What the container's `sh -c` script exits with for each exit status of `brief`."""
    if container.command != ["sh", "-c"] or not container.args:
        return None
    exits = {}
    with tempfile.TemporaryDirectory() as folder:
        stub = os.path.join(folder, "brief")
        with open(stub, "w") as file:
            file.write("#!/bin/sh\nexit $BRIEF_STUB_STATUS\n")
        os.chmod(stub, 0o755)
        for status in (0, 1, 3, 64, 74, 75):
            environment = dict(os.environ, PATH=folder + ":" + os.environ["PATH"],
                               BRIEF_STUB_STATUS=str(status), JOB_COMPLETION_INDEX="0")
            run = subprocess.run(["sh", "-c", container.args[0]], env=environment,
                                 capture_output=True)
            exits[status] = run.returncode
    return exits

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
    check_failure_policy(spec)
    exits = script_exits(containers[0])
    if exits is not None:
        print(job.metadata.name, "exit of brief -> exit of the pod:", exits)
    if spec.completion_mode == "Indexed":
        # A map pod failing with 1 or 3 would be run again to fail the same way.
        expected = {0: 0, 1: 0, 3: 0, 64: 64, 74: 74, 75: 75}
        if exits != expected:
            problems += 1
            print("map step exits", exits, "expected", expected, "(an sh -c script ending 1, 3 as done)")
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
