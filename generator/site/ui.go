package site

import (
	"errors"
	"sync"
	"sync/atomic"

	uilabel "mingbai/generator/label" // label is the section numbering (labels.go)
)

// The site's UI wording is in i18n/<lang>.toml of the project, where the
// templates read it. The generator writes some of it into the pages as
// data: titles and summaries in the front matter, the heads of Markdown
// tables, the text of share cards. Build and GenerateWith load it from the
// project root before they write a page (useLabels), and say gives it.
var (
	labels    atomic.Pointer[uilabel.Set]
	labelMu   sync.Mutex
	labelErrs []error         // what say could not give since useLabels, each once
	labelSeen map[string]bool // their texts
)

// useLabels loads root/i18n/<lang>.toml for every language of the site.
func useLabels(root string) error {
	s, err := uilabel.Load(root, langs...)
	if err != nil {
		return err
	}
	labels.Store(s)
	labelMu.Lock()
	labelErrs, labelSeen = nil, map[string]bool{}
	labelMu.Unlock()
	return nil
}

// say is the UI string key in lang with data (generator/label): an integer
// for a count, or a map of named values.
//
//	say("en", "targets_title", map[string]any{"Title": "Plan X"}) → "Targets: Plan X"
//	say("en", "library_count", 1)                                 → "1 document."
//
// A key missing from a language is not a panic: say gives "" and the run
// fails with the error when it checks labelErr, before anything is written.
func say(lang, key string, data any) string {
	s := labels.Load()
	if s == nil {
		failLabel(errors.New("the UI strings (i18n/) are not loaded"))
		return ""
	}
	t, err := s.Text(lang, key, data)
	if err != nil {
		failLabel(err)
	}
	return t
}

func failLabel(err error) {
	labelMu.Lock()
	defer labelMu.Unlock()
	if labelSeen == nil {
		labelSeen = map[string]bool{}
	}
	if !labelSeen[err.Error()] {
		labelSeen[err.Error()] = true
		labelErrs = append(labelErrs, err)
	}
}

// labelErr is every UI string say could not give since useLabels, each
// once: "i18n/zh.toml: no key \"targets_title\"".
func labelErr() error {
	labelMu.Lock()
	defer labelMu.Unlock()
	return errors.Join(labelErrs...)
}
