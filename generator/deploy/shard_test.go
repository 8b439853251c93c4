package deploy

// The GitHub Pages workflow builds the site sharded (generator/shard): a
// plan job picks the jobs, a matrix builds each with scripts/build --shard,
// a merge job joins them with scripts/merge and publishes the result.
// Netlify, which has no matrix, builds in one job: netlify.toml says how
// large a library that holds.

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"mingbai/generator/shard"
)

type step struct {
	ID   string            `yaml:"id"`
	Uses string            `yaml:"uses"`
	Run  string            `yaml:"run"`
	With map[string]string `yaml:"with"`
	Env  map[string]string `yaml:"env"`
}

type matrixWorkflow struct {
	Jobs map[string]struct {
		Needs    any               `yaml:"needs"`
		Outputs  map[string]string `yaml:"outputs"`
		Strategy struct {
			Matrix map[string]any `yaml:"matrix"`
		} `yaml:"strategy"`
		Steps []step `yaml:"steps"`
	} `yaml:"jobs"`
}

func needs(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, fmt.Sprint(x))
		}
		return out
	}
	return nil
}

// find returns the first step of steps for which ok holds, or nil.
func find(steps []step, ok func(step) bool) *step {
	for i := range steps {
		if ok(steps[i]) {
			return &steps[i]
		}
	}
	return nil
}

func TestWorkflowBuildsShardsAsAMatrix(t *testing.T) {
	var wf matrixWorkflow
	if err := yaml.Unmarshal([]byte(readFile(t, ".github/workflows/pages.yml")), &wf); err != nil {
		t.Fatal(err)
	}
	plan, build, merge, deploy := wf.Jobs["plan"], wf.Jobs["build"], wf.Jobs["merge"], wf.Jobs["deploy"]

	// plan: the jobs from generator shard -plan, as an output.
	p := find(plan.Steps, func(s step) bool { return strings.Contains(s.Run, "go run ./generator shard -plan") })
	if p == nil || !strings.Contains(p.Run, "$GITHUB_OUTPUT") || p.ID == "" {
		t.Fatalf("pages.yml: the plan job has no step with an id writing `go run ./generator shard -plan` to $GITHUB_OUTPUT")
	}
	if want := "${{ steps." + p.ID + ".outputs.jobs }}"; plan.Outputs["jobs"] != want {
		t.Errorf("pages.yml: plan outputs.jobs = %q, want %q", plan.Outputs["jobs"], want)
	}

	// build: a matrix over those jobs, each one scripts/build --shard.
	if !slices.Contains(needs(build.Needs), "plan") {
		t.Errorf("pages.yml: build needs %v, want plan", build.Needs)
	}
	var axis string
	for k, v := range build.Strategy.Matrix {
		if s, ok := v.(string); ok && strings.ReplaceAll(s, " ", "") == "${{fromJSON(needs.plan.outputs.jobs)}}" {
			axis = k
		}
	}
	if axis == "" {
		t.Fatalf("pages.yml: build's matrix %v is not fromJSON(needs.plan.outputs.jobs)", build.Strategy.Matrix)
	}
	b := find(build.Steps, func(s step) bool { return strings.Contains(s.Run, "./scripts/build --no-generate --shard ") })
	if b == nil {
		t.Fatal("pages.yml: build runs no ./scripts/build --no-generate --shard")
	}
	arg := strings.Fields(b.Run[strings.Index(b.Run, "--shard ")+len("--shard "):])
	if len(arg) < 2 {
		t.Fatalf("pages.yml: %q: want --shard JOB DIR", b.Run)
	}
	job, dir := arg[0], arg[1]
	if job != "${{ matrix."+axis+" }}" && !(strings.HasPrefix(job, `"$`) && b.Env[strings.Trim(job, `"$`)] == "${{ matrix."+axis+" }}") {
		t.Errorf("pages.yml: --shard %s is not the matrix's %s", job, axis)
	}
	up := find(build.Steps, func(s step) bool { return strings.HasPrefix(s.Uses, "actions/upload-artifact@") })
	if up == nil || up.With["path"] != dir || !strings.Contains(up.With["name"], "part-") {
		t.Errorf("pages.yml: build does not upload %s as an artifact part-…", dir)
	}

	// merge: every part, scripts/merge, the Pages artifact; then deploy.
	if !slices.Contains(needs(merge.Needs), "build") || !slices.Contains(needs(deploy.Needs), "merge") {
		t.Errorf("pages.yml: merge needs %v, deploy needs %v; want build, then merge", merge.Needs, deploy.Needs)
	}
	down := find(merge.Steps, func(s step) bool { return strings.HasPrefix(s.Uses, "actions/download-artifact@") })
	if down == nil || down.With["pattern"] != "part-*" {
		t.Fatal("pages.yml: merge does not download the artifacts part-*")
	}
	m := find(merge.Steps, func(s step) bool { return strings.Contains(s.Run, "./scripts/merge ") })
	if m == nil {
		t.Fatal("pages.yml: merge runs no ./scripts/merge")
	}
	margs := strings.Fields(m.Run[strings.Index(m.Run, "./scripts/merge ")+len("./scripts/merge "):])
	if len(margs) < 2 || margs[1] != down.With["path"]+"/*" {
		t.Errorf("pages.yml: %q does not merge every part in %s/", m.Run, down.With["path"])
	}
	pg := find(merge.Steps, func(s step) bool { return strings.HasPrefix(s.Uses, "actions/upload-pages-artifact@") })
	if pg == nil || len(margs) == 0 || pg.With["path"] != margs[0] {
		t.Errorf("pages.yml: merge does not publish the merged site %v", margs)
	}
	if find(deploy.Steps, func(s step) bool { return strings.HasPrefix(s.Uses, "actions/deploy-pages@") }) == nil {
		t.Error("pages.yml: deploy does not run actions/deploy-pages")
	}
}

// Netlify builds in one job (no --shard) and netlify.toml says how large a
// library that holds: the pages one shard holds.
func TestNetlifyStatesWhatOneBuildHolds(t *testing.T) {
	c := netlify(t)
	for _, cmd := range []string{c.Build.Command, c.Context["production"].Command} {
		if strings.Contains(cmd, "--shard") {
			t.Errorf("netlify.toml: %q: Netlify has no matrix to build shards on", cmd)
		}
	}
	n := shard.PagesPerShard
	want := fmt.Sprintf("%d,%03d pages", n/1000, n%1000)
	if !strings.Contains(readFile(t, "netlify.toml"), want) {
		t.Errorf("netlify.toml does not state the limit of one build, %s (shard.PagesPerShard)", want)
	}
}
