package translation

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"

	"mingbai/generator/tomlfile"
)

// File is a document's translation file, en.toml: one table per unit.
//
//	["m07.heading"]
//	hash = "3f2a9c1b0d"
//	en = "Cultivate and strengthen emerging industries"
type File struct {
	Path    string
	Entries map[string]Entry
	lines   lines // the file's text, to locate problems
}

// Entry is one translated unit: the English, the hash of the Chinese it
// was made from, and any editor's notes on the unit.
type Entry struct {
	Hash  string `toml:"hash"`
	En    string `toml:"en"`
	Notes []Note `toml:"note"`
}

// Load reads a translation file. A file that does not exist gives an empty
// File: every unit is then missing.
func Load(path string) (*File, error) {
	f := &File{Path: path, Entries: map[string]Entry{}}
	if _, err := tomlfile.Read(path, &f.Entries); err != nil {
		return nil, err
	}
	f.lines = readLines(path)
	return f, nil
}

// unitHeaderRE matches the table header of a unit in en.toml.
//
//	["m07.p1"]
var unitHeaderRE = regexp.MustCompile(`^\["([^"]+)"\]\s*$`)

// hashLineRE matches the hash line of a unit.
//
//	hash = ""
var hashLineRE = regexp.MustCompile(`^hash\s*=\s*"([0-9a-f]*)"\s*$`)

// Stamp records the current hash of every unit in the file whose hash is
// empty, editing the file's text in place so that its layout and comments
// stay as the translator wrote them. A unit with a different, non-empty
// hash is stale and is left alone: a person must review it and clear its
// hash first. Stamp returns the IDs it stamped.
func Stamp(path string, units []Unit) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zh := map[string]string{}
	for _, u := range units {
		zh[u.ID] = u.Hash()
	}
	lines := bytes.Split(data, []byte("\n"))
	var stamped []string
	id := ""
	for i, l := range lines {
		if m := unitHeaderRE.FindSubmatch(l); m != nil {
			id = string(m[1])
			continue
		}
		m := hashLineRE.FindSubmatch(l)
		if m == nil || len(m[1]) > 0 || id == "" {
			continue
		}
		if h, ok := zh[id]; ok {
			lines[i] = fmt.Appendf(nil, "hash = %q", h)
			stamped = append(stamped, id)
		}
	}
	sort.Strings(stamped)
	if len(stamped) == 0 {
		return nil, nil
	}
	return stamped, os.WriteFile(path, bytes.Join(lines, []byte("\n")), 0o644)
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
