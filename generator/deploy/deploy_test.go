package deploy

// The versions that netlify.toml and the GitHub Pages workflow ask for are
// the ones the project pins, and the response headers of netlify.toml and
// static/_headers agree and are sound. These tests read the real files of
// the project root: that is what they check.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"
)

const root = "../.."

type netlifyConfig struct {
	Build struct {
		Command     string            `toml:"command"`
		Publish     string            `toml:"publish"`
		Environment map[string]string `toml:"environment"`
	} `toml:"build"`
	Context   map[string]struct{ Command string } `toml:"context"`
	Redirects []struct {
		From, To   string
		Status     int
		Force      bool
		Conditions map[string][]string
	} `toml:"redirects"`
	Headers []struct {
		For    string            `toml:"for"`
		Values map[string]string `toml:"values"`
	} `toml:"headers"`
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func netlify(t *testing.T) netlifyConfig {
	t.Helper()
	var c netlifyConfig
	if err := toml.Unmarshal([]byte(readFile(t, "netlify.toml")), &c); err != nil {
		t.Fatalf("netlify.toml: %v", err)
	}
	return c
}

// goMod returns the go directive and the required version of Hugo.
func goMod(t *testing.T) (goVersion, hugo string) {
	t.Helper()
	mod := readFile(t, "go.mod")
	if m := regexp.MustCompile(`(?m)^go (\S+)$`).FindStringSubmatch(mod); m != nil {
		goVersion = m[1]
	}
	if m := regexp.MustCompile(`(?m)^\s*github\.com/gohugoio/hugo v(\S+)`).FindStringSubmatch(mod); m != nil {
		hugo = m[1]
	}
	if goVersion == "" || hugo == "" {
		t.Fatalf("go.mod: go %q, hugo %q", goVersion, hugo)
	}
	return
}

func packageJSON(t *testing.T) (nodeMajor string, deps map[string]string) {
	t.Helper()
	var p struct {
		Engines         map[string]string `json:"engines"`
		DevDependencies map[string]string `json:"devDependencies"`
	}
	if err := json.Unmarshal([]byte(readFile(t, "package.json")), &p); err != nil {
		t.Fatalf("package.json: %v", err)
	}
	m := regexp.MustCompile(`^>=\s*(\d+)$`).FindStringSubmatch(p.Engines["node"])
	if m == nil {
		t.Fatalf("package.json: engines.node = %q, want >=MAJOR", p.Engines["node"])
	}
	return m[1], p.DevDependencies
}

func TestNetlifyVersionsMatchThePins(t *testing.T) {
	c := netlify(t)
	goV, hugoV := goMod(t)
	node, _ := packageJSON(t)
	env := c.Build.Environment
	if env["HUGO_VERSION"] != hugoV {
		t.Errorf("netlify.toml HUGO_VERSION = %q, go.mod pins Hugo %q", env["HUGO_VERSION"], hugoV)
	}
	if env["GO_VERSION"] != goV {
		t.Errorf("netlify.toml GO_VERSION = %q, go.mod says go %q", env["GO_VERSION"], goV)
	}
	if env["NODE_VERSION"] != node {
		t.Errorf("netlify.toml NODE_VERSION = %q, package.json engines want node %s", env["NODE_VERSION"], node)
	}
}

func TestWorkflowVersionsMatchThePins(t *testing.T) {
	wf := readFile(t, ".github/workflows/pages.yml")
	node, _ := packageJSON(t)
	if !strings.Contains(wf, "go-version-file: go.mod") {
		t.Error("pages.yml: setup-go should read the version from go.mod (go-version-file: go.mod)")
	}
	m := regexp.MustCompile(`node-version:\s*["']?(\d+)`).FindStringSubmatch(wf)
	if m == nil || m[1] != node {
		t.Errorf("pages.yml: node-version %v, package.json engines want node %s", m, node)
	}
	if !strings.Contains(wf, "./scripts/build ") || !strings.Contains(wf, "--baseURL") {
		t.Error("pages.yml: does not build with ./scripts/build … --baseURL")
	}
}

func TestNetlifyBuild(t *testing.T) {
	c := netlify(t)
	if !strings.HasPrefix(c.Build.Command, "./scripts/build "+c.Build.Publish) {
		t.Errorf("build.command %q does not run ./scripts/build %s", c.Build.Command, c.Build.Publish)
	}
	for ctx, v := range map[string]string{"production": "$URL/", "deploy-preview": "$DEPLOY_PRIME_URL/"} {
		cmd := c.Context[ctx].Command
		if !strings.HasPrefix(cmd, "./scripts/build "+c.Build.Publish) || !strings.Contains(cmd, `--baseURL "`+v+`"`) {
			t.Errorf("context %s: command %q, want ./scripts/build %s --baseURL \"%s\"", ctx, cmd, c.Build.Publish, v)
		}
	}
}

func TestNetlifyLanguageRedirect(t *testing.T) {
	c := netlify(t)
	if len(c.Redirects) < 2 {
		t.Fatalf("%d redirects", len(c.Redirects))
	}
	en, zh := c.Redirects[0], c.Redirects[1]
	if en.From != "/" || en.To != "/en/" || !en.Force || strings.Join(en.Conditions["Language"], ",") != "en" {
		t.Errorf("first redirect %+v, want / → /en/ for Language en, forced", en)
	}
	if zh.From != "/" || zh.To != "/zh/" || !zh.Force || len(zh.Conditions) != 0 {
		t.Errorf("second redirect %+v, want / → /zh/ unconditionally, forced", zh)
	}
}

// headerRules parses a _headers file: path lines, then indented "Name: value" lines.
func headerRules(t *testing.T, text string) map[string]map[string]string {
	t.Helper()
	rules := map[string]map[string]string{}
	var cur map[string]string
	for i, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
		case line[0] != ' ' && line[0] != '\t':
			cur = map[string]string{}
			if _, dup := rules[trimmed]; dup {
				t.Errorf("_headers:%d: path %s given twice", i+1, trimmed)
			}
			rules[trimmed] = cur
		default:
			k, v, ok := strings.Cut(trimmed, ":")
			if !ok || cur == nil {
				t.Fatalf("_headers:%d: %q", i+1, line)
			}
			cur[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return rules
}

func TestHeadersFileMatchesNetlify(t *testing.T) {
	c := netlify(t)
	file := headerRules(t, readFile(t, "static/_headers"))
	toml := map[string]map[string]string{}
	for _, h := range c.Headers {
		if _, dup := toml[h.For]; dup {
			t.Errorf("netlify.toml: headers for %s given twice", h.For)
		}
		toml[h.For] = h.Values
	}
	paths := func(m map[string]map[string]string) string {
		var p []string
		for k := range m {
			p = append(p, k)
		}
		sort.Strings(p)
		return strings.Join(p, " ")
	}
	if paths(file) != paths(toml) {
		t.Fatalf("paths differ:\n_headers:     %s\nnetlify.toml: %s", paths(file), paths(toml))
	}
	for p, vals := range toml {
		for k, v := range vals {
			if file[p][k] != v {
				t.Errorf("%s %s:\nnetlify.toml: %q\n_headers:     %q", p, k, v, file[p][k])
			}
		}
		if len(file[p]) != len(vals) {
			t.Errorf("%s: %d headers in _headers, %d in netlify.toml", p, len(file[p]), len(vals))
		}
	}
}

// Every matching rule applies and a header set twice is joined with commas,
// so no header may be set by two rules that can match one path.
func TestHeadersNotSetTwice(t *testing.T) {
	rules := headerRules(t, readFile(t, "static/_headers"))
	overlap := func(a, b string) bool {
		pa, pb := strings.TrimSuffix(a, "*"), strings.TrimSuffix(b, "*")
		wa, wb := strings.HasSuffix(a, "*"), strings.HasSuffix(b, "*")
		switch {
		case wa && wb:
			return strings.HasPrefix(pa, pb) || strings.HasPrefix(pb, pa)
		case wa:
			return strings.HasPrefix(b, pa)
		case wb:
			return strings.HasPrefix(a, pb)
		}
		return a == b
	}
	for a, va := range rules {
		for b, vb := range rules {
			if a >= b || !overlap(a, b) {
				continue
			}
			for k := range va {
				if _, ok := vb[k]; ok {
					t.Errorf("%s is set by both %s and %s, which can match the same path", k, a, b)
				}
			}
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	all := headerRules(t, readFile(t, "static/_headers"))["/*"]
	csp := map[string]string{}
	for _, d := range strings.Split(all["Content-Security-Policy"], ";") {
		f := strings.Fields(d)
		if len(f) > 0 {
			csp[f[0]] = strings.Join(f[1:], " ")
		}
	}
	for d, want := range map[string]string{
		"default-src":     "'self'",
		"script-src":      "'self' 'wasm-unsafe-eval'",
		"object-src":      "'none'",
		"base-uri":        "'self'",
		"frame-ancestors": "'none'",
	} {
		if csp[d] != want {
			t.Errorf("CSP %s = %q, want %q", d, csp[d], want)
		}
	}
	for d, v := range csp {
		if strings.Contains(v, "unsafe-inline") || strings.Contains(v, "'unsafe-eval'") || strings.Contains(v, "*") {
			t.Errorf("CSP %s allows %q", d, v)
		}
	}
	for _, h := range []string{"X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"} {
		if all[h] == "" {
			t.Errorf("no %s for /*", h)
		}
	}
	if all["Cache-Control"] != "" {
		t.Error("/* sets Cache-Control, which every other rule's Cache-Control would be joined to")
	}
	for _, p := range []string{"/css/*", "/js/*"} {
		if !strings.Contains(headerRules(t, readFile(t, "static/_headers"))[p]["Cache-Control"], "immutable") {
			t.Errorf("%s: fingerprinted assets not cached as immutable", p)
		}
	}
	if cc := headerRules(t, readFile(t, "static/_headers"))["/zh/*"]["Cache-Control"]; !strings.Contains(cc, "must-revalidate") {
		t.Errorf("/zh/* Cache-Control %q: pages should be revalidated soon", cc)
	}
}

func TestNpmPackagesPinned(t *testing.T) {
	_, deps := packageJSON(t)
	var lock struct {
		Packages map[string]struct{ Version string } `json:"packages"`
	}
	if err := json.Unmarshal([]byte(readFile(t, "package-lock.json")), &lock); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"pagefind", "playwright-core", "vnu-jar", "axe-core"} {
		v := deps[name]
		if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(v) {
			t.Errorf("package.json: %s %q is not an exact version", name, v)
		}
		if got := lock.Packages["node_modules/"+name].Version; got != v {
			t.Errorf("package-lock.json: %s %q, package.json %q", name, got, v)
		}
	}
	if !strings.HasPrefix(deps["pagefind"], "1.6.") {
		t.Errorf("pagefind %s, want 1.6.x", deps["pagefind"])
	}
}

// The page head carries the same policy in a <meta> element, for hosts that
// send no headers; frame-ancestors is left out (browsers ignore it there and
// say so on the console).
func TestMetaCSPMatchesHeaders(t *testing.T) {
	header := headerRules(t, readFile(t, "static/_headers"))["/*"]["Content-Security-Policy"]
	var want []string
	for _, d := range strings.Split(header, ";") {
		if d = strings.TrimSpace(d); d != "" && !strings.HasPrefix(d, "frame-ancestors") {
			want = append(want, d)
		}
	}
	head := readFile(t, "layouts/_partials/headmeta.html")
	m := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`).FindStringSubmatchIndex(head)
	if m == nil {
		t.Fatal(`layouts/_partials/headmeta.html has no <meta http-equiv="Content-Security-Policy" content="…">`)
	}
	if got := head[m[2]:m[3]]; got != strings.Join(want, "; ") {
		t.Errorf("meta CSP:\n%s\nwant (the header's, without frame-ancestors):\n%s", got, strings.Join(want, "; "))
	}
	for _, tag := range []string{"<link", "<script", "<style"} {
		if i := strings.Index(head, tag); i >= 0 && i < m[0] {
			t.Errorf("the meta CSP comes after a %s element; it applies only to what follows it", tag)
		}
	}
}
