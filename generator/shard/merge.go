package shard

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// MergeStats says what Merge did.
type MergeStats struct {
	Files int // files in the merged site
	Same  int // files that more than one job wrote, byte for byte the same (the site's static files and assets)
}

// Merge joins the built sites srcs (the jobs' output folders) into dst, by
// hard links where it can. A file that two jobs wrote must be the same in
// both (the static files and fingerprinted assets every job publishes);
// otherwise Merge fails, naming it: two jobs rendered the same page.
//
//	shard.Merge("public", "s1/public", "s2/public", "lists/public")
func Merge(dst string, srcs ...string) (MergeStats, error) {
	var st MergeStats
	from := map[string]string{} // relative path → the job that wrote it
	for _, src := range srcs {
		err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(src, p)
			out := filepath.Join(dst, rel)
			if d.IsDir() {
				return os.MkdirAll(out, 0o755)
			}
			if first, ok := from[rel]; ok {
				a, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				b, err := os.ReadFile(out)
				if err != nil {
					return err
				}
				if !bytes.Equal(a, b) {
					return fmt.Errorf("merge: %s differs between %s and %s: two jobs rendered it", rel, first, src)
				}
				st.Same++
				return nil
			}
			from[rel] = src
			st.Files++
			return link(p, out)
		})
		if err != nil {
			return st, err
		}
	}
	return st, nil
}
