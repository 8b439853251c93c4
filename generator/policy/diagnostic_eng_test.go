package policy_test

import (
	"strings"
	"testing"

	"mingbai/generator/policy"
)

// TestQuotedLineShortened: a long source line is quoted at most 80 display
// cells wide, cut around the caret with … on each cut side, the caret still
// under the span.
func TestQuotedLineShortened(t *testing.T) {
	long := strings.Repeat("甲", 60) + "(五)" + strings.Repeat("乙", 60) // 244 cells
	for _, tc := range []struct {
		name  string
		line  string
		col   int
		n     int
		quote string // the quoted line, hand-checked
		caret string // the caret line, hand-checked
	}{
		{"short line whole", "(五) 发展现代化大农业。", 1, 3, "(五) 发展现代化大农业。", "^^^^"},
		{"cut both sides", long, 61, 3,
			// 78 cells inside the two …: the 4 of (五), 19 甲 left, 18 乙 right.
			"…" + strings.Repeat("甲", 19) + "(五)" + strings.Repeat("乙", 18) + "…",
			strings.Repeat(" ", 39) + "^^^^"},
		{"cut right only", long, 1, 2,
			strings.Repeat("甲", 39) + "…", "^^^^"},
		{"cut left only", long, 123, 1,
			"…" + strings.Repeat("乙", 39), strings.Repeat(" ", 77) + "^^"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &policy.Diagnostic{Pos: policy.Pos{Line: 1, Col: tc.col}, Len: tc.n, Severity: policy.SeverityError, Msg: "m"}
			got := strings.Split(policy.FormatDiagnostic("x.txt", d, []string{tc.line}), "\n")
			if len(got) != 3 {
				t.Fatalf("got %q", got)
			}
			if q := strings.TrimPrefix(got[1], "    "); q != tc.quote {
				t.Errorf("quote\n got %q\nwant %q", q, tc.quote)
			}
			if c := strings.TrimPrefix(got[2], "    "); c != tc.caret {
				t.Errorf("caret\n got %q\nwant %q", c, tc.caret)
			}
		})
	}
}

// TestMessageShowsLabelAsWritten: the message names a duplicated label as
// the source writes it, (五) with half-width brackets, not as normalised.
func TestMessageShowsLabelAsWritten(t *testing.T) {
	src := "关于测试的意见\n\n一、总体要求\n\n（五）甲。\n\n(五) 乙。\n"
	_, err := policy.Parse("x.txt", []byte(src), policy.Options{})
	if err == nil {
		t.Fatal("duplicated number accepted")
	}
	want := "x.txt:7:1: error: duplicated number (五): （五） already used at 5:1; check that the heading between them was recognised, or correct the numbering with an erratum in meta.toml\n    (五) 乙。\n    ^^^^"
	if !strings.Contains(err.Error(), want) {
		t.Errorf("got\n%s\nwant\n%s", err, want)
	}
}

// TestErratumOfUnknownOrigin: an erratum that names no file (built in code)
// is reported against the source without a made-up position or an empty
// quoted line.
func TestErratumOfUnknownOrigin(t *testing.T) {
	_, err := policy.Parse("x.txt", []byte("关于甲的通知\n"), policy.Options{Errata: []policy.Erratum{{Find: "乙"}}})
	if err == nil || err.Error() != `x.txt: error: erratum "乙" matches 0 times; it must match exactly once, within one line of the source` {
		t.Errorf("got %v", err)
	}
}
