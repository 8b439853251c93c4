package deploy

// The share cards (generator/card) are drawn once and kept between builds:
// Netlify keeps them with the local build plugin netlify.toml declares, the
// GitHub Pages workflow with actions/cache keyed by the card inputs.

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"
	"go.yaml.in/yaml/v3"

	"mingbai/generator/card"
)

// cached are the folders both hosts keep: the cards, and Hugo's resources.
var cached = []string{card.Dir, "resources/_gen"}

func TestNetlifyKeepsTheCardCache(t *testing.T) {
	var c struct {
		Plugins []struct{ Package string } `toml:"plugins"`
	}
	if err := toml.Unmarshal([]byte(readFile(t, "netlify.toml")), &c); err != nil {
		t.Fatal(err)
	}
	var local []string
	for _, p := range c.Plugins {
		if strings.HasPrefix(p.Package, "./") {
			local = append(local, p.Package)
		}
	}
	if len(local) != 1 {
		t.Fatalf("netlify.toml: local plugins %q, want the cache plugin", local)
	}
	dir := filepath.Clean(local[0])
	if _, err := os.Stat(filepath.Join(root, dir, "manifest.yml")); err != nil {
		t.Errorf("netlify.toml: plugin %s has no manifest.yml: %v", dir, err)
	}
	js := readFile(t, filepath.Join(dir, "index.js"))
	m := regexp.MustCompile(`const dirs = \[([^\]]*)\]`).FindStringSubmatch(js)
	if m == nil {
		t.Fatalf("%s/index.js: no `const dirs = [...]`", dir)
	}
	var dirs []string
	for _, q := range regexp.MustCompile(`"([^"]+)"`).FindAllStringSubmatch(m[1], -1) {
		dirs = append(dirs, q[1])
	}
	for _, want := range cached {
		if !slices.Contains(dirs, want) {
			t.Errorf("%s/index.js keeps %q, not %s", dir, dirs, want)
		}
	}
	// Restored before the build, saved after it.
	pre, post := strings.Index(js, "onPreBuild"), strings.Index(js, "onPostBuild")
	if pre < 0 || post < 0 || !strings.Contains(js[pre:post], "utils.cache.restore(") || !strings.Contains(js[post:], "utils.cache.save(") {
		t.Errorf("%s/index.js should restore in onPreBuild and save in onPostBuild", dir)
	}
}

type workflow struct {
	Jobs map[string]struct {
		Steps []struct {
			Name string            `yaml:"name"`
			Uses string            `yaml:"uses"`
			Run  string            `yaml:"run"`
			With map[string]string `yaml:"with"`
			Env  map[string]string `yaml:"env"`
		} `yaml:"steps"`
	} `yaml:"jobs"`
}

func TestWorkflowKeepsTheCardCache(t *testing.T) {
	var wf workflow
	if err := yaml.Unmarshal([]byte(readFile(t, ".github/workflows/pages.yml")), &wf); err != nil {
		t.Fatal(err)
	}
	steps := wf.Jobs["build"].Steps
	cache, build := -1, -1
	for i, s := range steps {
		if strings.HasPrefix(s.Uses, "actions/cache@") {
			cache = i
		}
		if strings.Contains(s.Run, "./scripts/build ") {
			build = i
		}
	}
	if cache < 0 || build < 0 || cache > build {
		t.Fatalf("pages.yml: actions/cache at step %d, the build at %d: want the cache restored before the build", cache, build)
	}
	with := steps[cache].With
	var paths []string
	for _, p := range strings.Split(with["path"], "\n") {
		if p = strings.TrimSpace(p); p != "" {
			paths = append(paths, p)
		}
	}
	for _, want := range cached {
		if !slices.Contains(paths, want) {
			t.Errorf("pages.yml: actions/cache path %q lacks %s", paths, want)
		}
	}
	// Hugo's own cache, where the build puts it.
	if dir := steps[build].Env["HUGO_CACHEDIR"]; dir == "" || !slices.Contains(paths, dir) {
		t.Errorf("pages.yml: the build's HUGO_CACHEDIR %q is not cached (%q)", dir, paths)
	}
	// Keyed by the card inputs; an older cache is restored when they change.
	for _, input := range []string{card.ListDir + "/**", card.FontFile, "generator/card/**", "hugo.toml"} {
		if !strings.Contains(with["key"], "'"+input+"'") {
			t.Errorf("pages.yml: cache key %q does not hash %s", with["key"], input)
		}
	}
	prefix, _, _ := strings.Cut(with["key"], "${{")
	if prefix == "" || strings.TrimSpace(with["restore-keys"]) != prefix {
		t.Errorf("pages.yml: restore-keys %q, want the key's prefix %q", with["restore-keys"], prefix)
	}
}

// The cards are published under /cards/, named by a hash of their content:
// both header files let browsers keep them.
func TestCardsCachedImmutable(t *testing.T) {
	if cc := headerRules(t, readFile(t, "static/_headers"))["/cards/*"]["Cache-Control"]; !strings.Contains(cc, "immutable") {
		t.Errorf("/cards/* Cache-Control %q, want immutable", cc)
	}
	if !strings.Contains(readFile(t, "layouts/_partials/ogimage.html"), `resources.Get (printf "cards/%s" .image)`) {
		t.Error("ogimage.html does not publish the cards from assets/cards/ (and so under /cards/)")
	}
}
