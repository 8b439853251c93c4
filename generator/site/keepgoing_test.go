package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestKeepGoing: a library with one seed that does not parse fails to
// generate, writing nothing; with KeepGoing the other documents are written
// and the broken one is reported, with its position, in Skipped.
func TestKeepGoing(t *testing.T) {
	root := projectDir(t)
	seeds := filepath.Join(root, "seeds")
	if err := os.MkdirAll(seeds, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(seeds, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", "关于某某工作的通知\n各单位：\n现就有关事项通知如下。\n一、总体要求\n坚持稳中求进。\n")
	write("broken.txt", "某某条例\n第一章 总则\n第一条 为了规范。\n第一章 附则\n第二条 本条例自公布之日起施行。\n")
	if _, err := Generate(root, false); err == nil || !strings.Contains(err.Error(), "broken.txt:4:1: error: duplicated number") {
		t.Fatalf("Generate = %v, want the broken seed's positioned error", err)
	}
	if _, err := os.Stat(filepath.Join(root, "assets", "generated", "pages", "zh", "good.txt")); err == nil {
		t.Fatal("a failed Generate wrote the good document's pages")
	}
	res, err := GenerateWith(root, Options{KeepGoing: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Skipped) != 1 || !strings.Contains(res.Skipped[0].Error(), "broken.txt:4:1") {
		t.Fatalf("Skipped = %v, want the broken seed", res.Skipped)
	}
	if _, err := os.Stat(filepath.Join(root, "assets", "generated", "pages", "zh", "good.txt")); err != nil {
		t.Fatalf("the good document was not written: %v", err)
	}
	if _, err := os.Stat(filepath.Join(root, "assets", "generated", "pages", "zh", "broken.txt")); err == nil {
		t.Fatal("the broken document was written")
	}
}
