package translation

import "sort"

// Status of a translated unit.
const (
	Current = "current" // the English translates the Chinese as it is now
	Stale   = "stale"   // the Chinese changed after it was translated, or was never stamped
	Missing = "missing" // no English yet
)

// Translation is a unit with its English and status.
type Translation struct {
	Unit
	En       string
	Status   string
	Recorded string // the hash recorded in the translation file
	Notes    []Note // editor's notes on the unit, in both languages
}

// Resolve pairs each unit with its entry in f. Entries whose ID matches no
// unit are returned as orphans: they were written for text the document no
// longer has.
func Resolve(units []Unit, f *File) (ts []Translation, orphans []string) {
	known := map[string]bool{}
	for _, u := range units {
		known[u.ID] = true
		e, ok := f.Entries[u.ID]
		t := Translation{Unit: u, En: e.En, Recorded: e.Hash, Notes: e.Notes}
		switch {
		case !ok || e.En == "":
			t.Status, t.En = Missing, ""
		case e.Hash != u.Hash():
			t.Status = Stale
		default:
			t.Status = Current
		}
		ts = append(ts, t)
	}
	for id := range f.Entries {
		if !known[id] {
			orphans = append(orphans, id)
		}
	}
	sort.Strings(orphans)
	return ts, orphans
}
