package translation

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Problem is one editorial or house-style error in a seed file, with the
// position (columns in runes) of the text it concerns.
//
//	seeds/x/en.toml:147:12: "towards": write "toward" (US spelling)
type Problem struct {
	File      string
	Line, Col int
	Msg       string
}

func (p Problem) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg)
}

// lines is the text of a TOML seed file, kept to point problems at the line
// and column where an editor can fix them.
type lines struct {
	path string
	text []string
}

// readLines reads a file for locating; a file that cannot be read gives
// positions at line 1.
func readLines(path string) lines {
	b, _ := os.ReadFile(path)
	return lines{path, strings.Split(string(b), "\n")}
}

// find returns the problem at the first occurrence of needle at or after
// the line whose trimmed text is header (a table header such as ["m09.p1"]
// or [m06], or a key line such as id = "beidou"). When needle is not found
// the problem points at the header; when the header is not found, at line 1.
func (l lines) find(header, needle, msg string) Problem {
	start := l.line(header)
	if start < 0 {
		return Problem{l.path, 1, 1, msg}
	}
	if needle != "" {
		for i := start; i < len(l.text); i++ {
			if k := strings.Index(l.text[i], needle); k >= 0 {
				return Problem{l.path, i + 1, utf8.RuneCountInString(l.text[i][:k]) + 1, msg}
			}
		}
	}
	return Problem{l.path, start + 1, 1, msg}
}

// line is the index of the first line whose trimmed text is header, or -1.
func (l lines) line(header string) int {
	for i, t := range l.text {
		if strings.TrimSpace(t) == header {
			return i
		}
	}
	return -1
}

// tableHeaderRE matches the header of a TOML table or array of tables
// (no spaces inside, unlike a line of text that starts with a bracket).
//
//	["m09.p1"]  [["m09.p1".note]]  [overview]
var tableHeaderRE = regexp.MustCompile(`^\[\[?[^\s\]]+\]\]?\s*$`)

// findIn returns the problem at the first of needles found in the table
// that header opens (up to the next table header): the text concerned, or
// failing that the key line that holds it. When none is found the problem
// points at the header; when the header is not found, at line 1.
func (l lines) findIn(header, msg string, needles ...string) Problem {
	start := l.line(header)
	if start < 0 {
		return Problem{l.path, 1, 1, msg}
	}
	end := len(l.text)
	for i := start + 1; i < len(l.text); i++ {
		if tableHeaderRE.MatchString(strings.TrimSpace(l.text[i])) {
			end = i
			break
		}
	}
	for _, needle := range needles {
		if needle == "" {
			continue
		}
		for i := start + 1; i < end; i++ {
			if k := strings.Index(l.text[i], needle); k >= 0 {
				return Problem{l.path, i + 1, utf8.RuneCountInString(l.text[i][:k]) + 1, msg}
			}
		}
	}
	return Problem{l.path, start + 1, 1, msg}
}

// unitHeader is the header of a unit's table in en.toml: ["m09.p1"].
func unitHeader(id string) string { return fmt.Sprintf("[%q]", id) }
