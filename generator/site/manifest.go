package site

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// The manifest lets a run in which nothing changed stop early, without
// parsing a document: it records the key of the inputs of the last run that
// wrote the output (the generator's own executable, every file under
// seeds/ and the UI strings in i18n/) and the size and modification time of
// every output file. When the key is the same and the output folders hold
// exactly those files, unchanged, the output is current. It lives in .cache/generate, outside the
// output; a missing or unreadable manifest only means a full run. The drift
// check never uses it.
//
//	mingbai generate 1
//	key 3f5a…
//	docs 1
//	15066 1764480000123456789 static/data/liaoning-2024-8/source.txt
const (
	manifestPath   = ".cache/generate"
	manifestHeader = "mingbai generate 1"
)

// inputKey is the SHA-256 of the running executable, of the site's own
// inputs (siteInputs) and of every file under root/seeds, with its path.
func inputKey(root string) (string, error) {
	h := sha256.New()
	exe := executableSum()
	if exe == nil {
		return "", errors.New("the generator's executable cannot be read")
	}
	h.Write(exe)
	if err := siteInputs(h, root); err != nil {
		return "", err
	}
	seeds := filepath.Join(root, "seeds")
	err := filepath.WalkDir(seeds, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(seeds, p)
		fmt.Fprintf(h, "\x00%s\x00", filepath.ToSlash(rel))
		return hashFile(h, p)
	})
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// siteInputs writes to w what the generator reads of the site's own files:
// the base URL of hugo.toml (in the downloads' permalinks) and the UI
// strings of i18n/<lang>.toml (ui.go), so that a change to either rewrites
// every document.
func siteInputs(w io.Writer, root string) error {
	fmt.Fprintf(w, "\x00base %s\x00", siteBase(root))
	for _, lang := range langs {
		fmt.Fprintf(w, "\x00i18n/%s.toml\x00", lang)
		if err := hashFile(w, filepath.Join(root, "i18n", lang+".toml")); err != nil {
			return err
		}
	}
	return nil
}

func hashFile(w io.Writer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	n, err := io.Copy(w, f)
	fmt.Fprintf(w, "\x00%d", n)
	return err
}

// stamp is what the manifest records of an output file.
type stamp struct {
	size, mod int64
}

func stampOf(info fs.FileInfo) stamp { return stamp{info.Size(), info.ModTime().UnixNano()} }

// upToDate reports whether the manifest under root has the key and the
// output folders hold exactly the files it lists, as it recorded them.
// It returns how many files and documents that is.
func upToDate(root, key string) (files, docs int, ok bool) {
	f, err := os.Open(filepath.Join(root, filepath.FromSlash(manifestPath)))
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	if !sc.Scan() || sc.Text() != manifestHeader || !sc.Scan() || sc.Text() != "key "+key || !sc.Scan() {
		return 0, 0, false
	}
	if _, err := fmt.Sscanf(sc.Text(), "docs %d", &docs); err != nil {
		return 0, 0, false
	}
	want := map[string]stamp{}
	for sc.Scan() {
		size, rest, ok1 := strings.Cut(sc.Text(), " ")
		mod, rel, ok2 := strings.Cut(rest, " ")
		s, err1 := strconv.ParseInt(size, 10, 64)
		m, err2 := strconv.ParseInt(mod, 10, 64)
		if !ok1 || !ok2 || err1 != nil || err2 != nil {
			return 0, 0, false
		}
		want[rel] = stamp{s, m}
	}
	if sc.Err() != nil {
		return 0, 0, false
	}
	n := 0
	for _, out := range Outputs {
		err := filepath.WalkDir(filepath.Join(root, filepath.FromSlash(out)), func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) && p == filepath.Join(root, filepath.FromSlash(out)) {
					return fs.SkipDir
				}
				return err
			}
			if e.IsDir() {
				return nil
			}
			info, err := e.Info()
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			if st, ok := want[filepath.ToSlash(rel)]; !ok || st != stampOf(info) {
				return errStale
			}
			n++
			return nil
		})
		if err != nil {
			return 0, 0, false
		}
	}
	return n, docs, n == len(want)
}

var errStale = errors.New("output changed since the manifest")

// writeManifest records key, the number of documents and the output files
// paths as they are now.
func writeManifest(root, key string, docs int, paths []string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\nkey %s\ndocs %d\n", manifestHeader, key, docs)
	slices.Sort(paths)
	for _, rel := range paths {
		info, err := os.Stat(filepath.Join(root, filepath.FromSlash(rel)))
		if err != nil {
			return err
		}
		st := stampOf(info)
		fmt.Fprintf(&b, "%d %d %s\n", st.size, st.mod, rel)
	}
	p := filepath.Join(root, filepath.FromSlash(manifestPath))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	tmp := p + ".tmp"
	if err := os.WriteFile(tmp, []byte(b.String()), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, p)
}
