package targets

import (
	"fmt"
	"strings"
	"testing"
)

// longSentence returns one sentence of n figures, in the shapes of a
// target list: 到2025年，指标1增长1%，指标2达到2万人、新增3个…。
func longSentence(n int) string {
	var b strings.Builder
	b.WriteString("到2025年，")
	for i := 1; i <= n; i++ {
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "指标%d增长%d%%，", i, i)
		case 1:
			fmt.Fprintf(&b, "指标%d达到%d万人、", i, i)
		case 2:
			fmt.Fprintf(&b, "新增%d个示范区，", i)
		case 3:
			fmt.Fprintf(&b, "到%d年指标下降%d%%；", 2025+i%5, i)
		}
	}
	b.WriteString("全部完成。")
	return b.String()
}

// TestLongSentence: a sentence of 10,000 figures is read, each figure
// decided and the targets found (BenchmarkLongSentence times it).
func TestLongSentence(t *testing.T) {
	res := Extract(docOf("2024-06-20", "", longSentence(10000)))
	if len(res.Figures) < 10000 {
		t.Fatalf("%d figures, want at least 10000", len(res.Figures))
	}
	for _, f := range res.Figures {
		if f.Class == "" || f.Reason == "" {
			t.Fatalf("figure %s at %d:%d undecided", f.Text, f.Line, f.Col)
		}
	}
	if len(res.Targets) < 7000 {
		t.Errorf("%d targets of 10000 figures", len(res.Targets))
	}
}

// BenchmarkLongSentence extracts the targets of one sentence of 10,000
// figures: the time must grow with the sentence, not its square.
func BenchmarkLongSentence(b *testing.B) {
	doc := docOf("2024-06-20", "", longSentence(10000))
	b.ReportAllocs()
	for b.Loop() {
		Extract(doc)
	}
}
