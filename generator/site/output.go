package site

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sync"
	"syscall"
)

// output puts one generation in place under root, writing only what
// changed. Each file given to put is compared with the file on disk; a file
// that differs or is missing is written to a staging folder (root/.generate-*)
// and nothing under the output folders changes until commit, which renames
// the staged files into place and deletes the files no longer generated. A
// run that fails before commit leaves the output as it was. In check mode
// nothing is staged: the differences are collected for the drift check.
//
//	o, _ := newOutput(root, false)
//	o.put(files)       // any number of times, from several goroutines
//	o.commit()         // or o.discard() after an error
type output struct {
	root, stage string
	check       bool

	mu      sync.Mutex
	seen    map[string]bool // every generated path
	diffs   []string        // check mode: "path (differs)", "path (missing)"
	staged  int
	dirs    map[string]bool // staging folders already made
	removed []string
}

func newOutput(root string, check bool) (*output, error) {
	o := &output{root: root, check: check, seen: map[string]bool{}, dirs: map[string]bool{}}
	if !check {
		tmp, err := os.MkdirTemp(root, ".generate-")
		if err != nil {
			return nil, err
		}
		o.stage = tmp
	}
	return o, nil
}

// put compares each file with the one on disk and stages it, or records the
// difference, when they differ.
func (o *output) put(files Files) error {
	for rel, want := range files {
		o.mu.Lock()
		o.seen[rel] = true
		o.mu.Unlock()
		got, err := os.ReadFile(filepath.Join(o.root, filepath.FromSlash(rel)))
		switch {
		case err == nil && bytes.Equal(got, want):
			continue
		case err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.EISDIR) && !errors.Is(err, syscall.ENOTDIR):
			return err
		}
		if o.check {
			what := " (differs)"
			if err != nil {
				what = " (missing)"
			}
			o.mu.Lock()
			o.diffs = append(o.diffs, rel+what)
			o.mu.Unlock()
			continue
		}
		if err := o.write(rel, want); err != nil {
			return err
		}
	}
	return nil
}

// keep records files that this generation produces as they already are on
// disk (a cached document's), so that commit does not delete them.
func (o *output) keep(paths []string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	for _, rel := range paths {
		o.seen[rel] = true
	}
}

// kept is how many files keep has recorded so far.
func (o *output) kept() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return len(o.seen)
}

// write stages one file.
func (o *output) write(rel string, b []byte) error {
	dst := filepath.Join(o.stage, filepath.FromSlash(rel))
	dir := path.Dir(rel)
	o.mu.Lock()
	made := o.dirs[dir]
	o.mu.Unlock()
	if !made {
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		o.mu.Lock()
		o.dirs[dir] = true
		o.mu.Unlock()
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		return err
	}
	o.mu.Lock()
	o.staged++
	o.mu.Unlock()
	return nil
}

// stale lists the files under the output folders that this generation did
// not produce, as paths relative to root.
func (o *output) stale() ([]string, error) {
	var out []string
	for _, dir := range Outputs {
		err := filepath.WalkDir(filepath.Join(o.root, filepath.FromSlash(dir)), func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					return nil
				}
				return err
			}
			if e.IsDir() {
				return nil
			}
			rel, err := filepath.Rel(o.root, p)
			if err != nil {
				return err
			}
			if rel = filepath.ToSlash(rel); !o.seen[rel] {
				out = append(out, rel)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	slices.Sort(out)
	return out, nil
}

// differences are the drift check's findings, sorted: files that differ,
// are missing, or are not generated.
func (o *output) differences() ([]string, error) {
	st, err := o.stale()
	if err != nil {
		return nil, err
	}
	out := slices.Clone(o.diffs)
	for _, rel := range st {
		out = append(out, rel+" (not generated)")
	}
	slices.Sort(out)
	return out, nil
}

// commit renames the staged files into place (a whole folder at once when
// it is new), deletes the stale files and the folders they leave empty,
// and removes the staging folder.
func (o *output) commit() error {
	defer o.discard()
	st, err := o.stale()
	if err != nil {
		return err
	}
	if err := move(o.stage, o.root); err != nil {
		return err
	}
	for _, rel := range st {
		p := filepath.Join(o.root, filepath.FromSlash(rel))
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		// Remove the folders left empty, up to the output folder.
		for dir := filepath.Dir(p); dir != o.root && !isOutput(o.root, dir); dir = filepath.Dir(dir) {
			if os.Remove(dir) != nil {
				break
			}
		}
	}
	o.removed = st
	return nil
}

func isOutput(root, dir string) bool {
	for _, out := range Outputs {
		if dir == filepath.Join(root, filepath.FromSlash(out)) {
			return true
		}
	}
	return false
}

// move puts every entry of the folder src in place in dst: an entry that
// dst lacks is renamed whole, a folder that both have is merged, a file
// replaces dst's.
func move(src, dst string) error {
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	for _, e := range entries {
		s, d := filepath.Join(src, e.Name()), filepath.Join(dst, e.Name())
		info, err := os.Lstat(d)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return err
		case e.IsDir() && info.IsDir():
			if err := move(s, d); err != nil {
				return err
			}
			continue
		case e.IsDir() != info.IsDir():
			if err := os.RemoveAll(d); err != nil {
				return err
			}
		}
		if err := os.Rename(s, d); err != nil {
			return err
		}
	}
	return nil
}

// discard removes the staging folder.
func (o *output) discard() {
	if o.stage != "" {
		os.RemoveAll(o.stage)
	}
}
