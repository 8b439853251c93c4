package site

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"mingbai/generator/library"
)

// benchRoot makes a project root with a library of n documents: copies of
// the seeds of libraryRoot under the IDs doc-0001, doc-0002, …, each with its
// translation, summaries and errata.
func benchRoot(b *testing.B, n int) string {
	b.Helper()
	src := libraryRoot(b)
	entries, err := os.ReadDir(filepath.Join(src, "seeds"))
	if err != nil {
		b.Fatal(err)
	}
	var seeds []string
	for _, e := range entries {
		if _, err := os.Stat(filepath.Join(src, "seeds", e.Name(), "source.txt")); e.IsDir() && err == nil || filepath.Ext(e.Name()) == ".txt" {
			seeds = append(seeds, e.Name())
		}
	}
	root := projectDir(b)
	copyTree(b, filepath.Join(src, "seeds"), filepath.Join(root, "seeds"))
	for _, s := range seeds {
		os.RemoveAll(filepath.Join(root, "seeds", s))
	}
	for i := range n {
		s, id := seeds[i%len(seeds)], fmt.Sprintf("doc-%04d", i+1)
		if filepath.Ext(s) == ".txt" {
			copyTree(b, filepath.Join(src, "seeds"), filepath.Join(root, "tmp"))
			os.Rename(filepath.Join(root, "tmp", s), filepath.Join(root, "seeds", id+".txt"))
			os.RemoveAll(filepath.Join(root, "tmp"))
			continue
		}
		copyTree(b, filepath.Join(src, "seeds", s), filepath.Join(root, "seeds", id))
	}
	return root
}

// BenchmarkGenerate is a first run of generate over libraries of 10 and 100
// documents (every file is new), and a second run in which nothing changed
// (no file is written). scripts/perf reports the same for 1,000 documents
// as a separate process, with its peak memory.
func BenchmarkGenerate(b *testing.B) {
	for _, n := range []int{10, 100} {
		root := benchRoot(b, n)
		b.Run(fmt.Sprintf("first/%d", n), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				for _, out := range Outputs {
					os.RemoveAll(filepath.Join(root, out))
				}
				b.StartTimer()
				if _, err := Generate(root, false); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*n), "ms/doc")
		})
		if _, err := Generate(root, false); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("unchanged/%d", n), func(b *testing.B) {
			for b.Loop() {
				res, err := Generate(root, false)
				if err != nil {
					b.Fatal(err)
				}
				if res.Written != 0 {
					b.Fatalf("%d files written", res.Written)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*n), "ms/doc")
		})
	}
}

// BenchmarkDocFiles builds the pages and downloads of the founding document
// and checks them with goldmark, without touching the disk.
func BenchmarkDocFiles(b *testing.B) {
	lib, err := library.Load("../..")
	if err != nil {
		b.Fatal(err)
	}
	var d *library.Doc
	for _, x := range lib.Docs {
		if x.Seed.ID == "liaoning-2024-8" {
			d = x
		}
	}
	if d == nil {
		b.Skip("no founding document in seeds/")
	}
	for b.Loop() {
		if _, err := docFiles(lib, d); err != nil {
			b.Fatal(err)
		}
	}
}
