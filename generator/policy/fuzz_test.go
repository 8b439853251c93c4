package policy_test

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"mingbai/generator/policy"
)

// FuzzParse checks that no input makes Parse panic, and that every input
// either parses (Parse proves fidelity itself on every parse) or gives a
// *policy.Error with at least one positioned message.
func FuzzParse(f *testing.F) {
	// Seeds are the first 2 KB of each real document: whole documents make
	// the fuzzing engine crawl without finding more.
	for _, d := range documents {
		src, err := os.ReadFile(d.path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src[:min(len(src), 2048)])
	}
	f.Add([]byte("一、总体要求\n\n(一) 开展创新。积极“创建\n\n中心”。\n\n— 3 —\n\n(一) 重复"))
	f.Add([]byte("\xef\xbb\xbf第一章 总则\r\n第一节 目的\r一、目标\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := policy.Parse("fuzz.txt", src, policy.Options{})
		if err != nil {
			var perr *policy.Error
			if !errors.As(err, &perr) || len(perr.List) == 0 {
				t.Fatalf("error is not a positioned *policy.Error: %v", err)
			}
			for _, d := range perr.List {
				if d.Pos.Line < 1 || d.Pos.Col < 1 {
					t.Fatalf("bad position in %v", d)
				}
			}
			return
		}
		if doc == nil {
			t.Fatal("nil document without error")
		}
	})
}

func BenchmarkParseFounding(b *testing.B) {
	s, _ := founding(b)
	b.SetBytes(int64(len(s.Source)))
	for b.Loop() {
		if _, err := s.Parse(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse5MB parses a 5 MB document: the founding document's body
// repeated, with measures numbered on, so that the parse must complete.
func BenchmarkParse5MB(b *testing.B) {
	src := bigDocument(b, 5<<20)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := policy.Parse("big.txt", src, policy.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// bigDocument builds a well-formed document of at least n bytes.
func bigDocument(tb testing.TB, n int) []byte {
	s, _ := founding(tb)
	para := s.Source[bytes.Index(s.Source, []byte("积极创建")):]
	para = para[:bytes.IndexByte(para, '\n')]
	var buf bytes.Buffer
	buf.WriteString("关于测试的意见\n\n")
	for ch, m := 1, 1; buf.Len() < n; ch++ {
		buf.WriteString(hanChapter(ch) + "、第" + hanChapter(ch) + "章\n\n")
		for k := 0; k < 5; k, m = k+1, m+1 {
			buf.WriteString("（" + hanChapter(m) + "）措施。")
			buf.Write(para)
			buf.WriteString("\n\n")
		}
	}
	return buf.Bytes()
}

// hanChapter writes n < 10000 as a Chinese numeral.
func hanChapter(n int) string {
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	units := []string{"千", "百", "十", ""}
	div := []int{1000, 100, 10, 1}
	out, zero := "", false
	for i, d := range div {
		q := n / d % 10
		switch {
		case q == 0:
			zero = out != ""
		default:
			if zero {
				out += "零"
				zero = false
			}
			if !(q == 1 && d == 10 && out == "") {
				out += digits[q]
			}
			out += units[i]
		}
	}
	return out
}
