package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"mingbai/generator/library"
	"mingbai/generator/seed"
)

// The document cache lets a run parse only the documents whose seed
// changed: adding one document to a library of a thousand parses one. For
// each document it records the key of its inputs (the generator's
// executable, the glossary and every file of its seed: nothing else goes
// into a document's files), the output files it wrote with their size and
// modification time, and its slim facts (library.Doc.Slim), which the
// library pages are built from. A document is taken from the cache only
// when its key is the same and its files are on disk exactly as written;
// otherwise it is parsed. Like the manifest, the cache lives in .cache/,
// outside the output, a missing or unreadable entry only means a parse, and
// the drift check never uses it.
//
//	.cache/docs/liaoning-2024-8   (gob: key, files, slim facts)
const cacheDir = ".cache/docs"

// cacheEntry is what the cache keeps of one document.
type cacheEntry struct {
	Key   string
	Files map[string][2]int64 // path → size, modification time (UnixNano)
	Slim  *library.Doc
}

var (
	exeOnce sync.Once
	exeSum  []byte // SHA-256 of the running executable; nil when it cannot be read
)

// executableSum is the SHA-256 of the running executable, read once.
func executableSum() []byte {
	exeOnce.Do(func() {
		exe, err := os.Executable()
		if err != nil {
			return
		}
		h := sha256.New()
		if hashFile(h, exe) == nil {
			exeSum = h.Sum(nil)
		}
	})
	return exeSum
}

// inputSums is what every document's key starts with: the SHA-256 of the
// executable, the glossary and the UI strings (i18n/); nil when the
// executable or the UI strings cannot be read.
func inputSums(lib *library.Library) []byte {
	exe := executableSum()
	if exe == nil {
		return nil
	}
	h := sha256.New()
	h.Write(exe)
	if err := hashFile(h, filepath.Join(lib.Root, "seeds", "glossary.toml")); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if hashLabels(h, lib.Root) != nil {
		return nil
	}
	return h.Sum(nil)
}

// docKey is the key of a document's inputs: sums (inputSums) and every file
// of its seed (the folder, or the bare .txt), with their paths. It is ""
// when one cannot be read: then there is no caching.
func docKey(sums []byte, s *seed.Seed) string {
	if sums == nil {
		return ""
	}
	h := sha256.New()
	h.Write(sums)
	var err error
	if s.Dir == "" {
		err = hashFile(h, s.Path)
	} else {
		err = filepath.WalkDir(s.Dir, func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(s.Dir, p)
			h.Write([]byte("\x00" + filepath.ToSlash(rel) + "\x00"))
			return hashFile(h, p)
		})
	}
	if err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

// cached returns the slim facts and output files of document id when the
// cache has them under key and every one of those files is on disk as it
// was written; else nil.
func cached(root, id, key string) *cacheEntry {
	if key == "" {
		return nil
	}
	b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(cacheDir), id))
	if err != nil {
		return nil
	}
	var e cacheEntry
	if gob.NewDecoder(bytes.NewReader(b)).Decode(&e) != nil || e.Key != key || e.Slim == nil || len(e.Files) == 0 {
		return nil
	}
	for rel, want := range e.Files {
		info, err := os.Stat(filepath.Join(root, filepath.FromSlash(rel)))
		if err != nil || info.IsDir() {
			return nil
		}
		if st := stampOf(info); st.size != want[0] || st.mod != want[1] {
			return nil
		}
	}
	return &e
}

// saveCache records document id's key, files (as they are on disk now) and
// slim facts. An entry that cannot be written is skipped: the next run
// parses the document.
func saveCache(root, id, key string, files []string, slim *library.Doc) {
	if key == "" {
		return
	}
	e := cacheEntry{Key: key, Files: map[string][2]int64{}, Slim: slim}
	for _, rel := range files {
		info, err := os.Stat(filepath.Join(root, filepath.FromSlash(rel)))
		if err != nil {
			return
		}
		st := stampOf(info)
		e.Files[rel] = [2]int64{st.size, st.mod}
	}
	var b bytes.Buffer
	if gob.NewEncoder(&b).Encode(e) != nil {
		return
	}
	p := filepath.Join(root, filepath.FromSlash(cacheDir), id)
	if os.MkdirAll(filepath.Dir(p), 0o755) != nil {
		return
	}
	if os.WriteFile(p+".tmp", b.Bytes(), 0o644) == nil {
		os.Rename(p+".tmp", p)
	}
}

// pruneCache deletes the entries of documents no longer in the library.
func pruneCache(root string, lib *library.Library) {
	ids := map[string]bool{}
	for _, s := range lib.Seeds {
		ids[s.ID] = true
	}
	entries, _ := os.ReadDir(filepath.Join(root, filepath.FromSlash(cacheDir)))
	for _, e := range entries {
		if !ids[e.Name()] {
			os.Remove(filepath.Join(root, filepath.FromSlash(cacheDir), e.Name()))
		}
	}
}
