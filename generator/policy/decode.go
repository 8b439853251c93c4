package policy

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomGB18030 = []byte{0x84, 0x31, 0x95, 0x33}
)

// decode turns raw bytes into text. It accepts UTF-8, with or without a
// byte-order mark, and GB18030 (a superset of GBK and GB2312), and rejects
// input that is binary or valid in neither encoding. The notice is non-empty
// when the input was not UTF-8.
func decode(src []byte) (text, encoding string, err *Diagnostic) {
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return "", "", binaryError(src, i, "binary input: NUL byte")
	}
	if utf8.Valid(src) {
		text = string(bytes.TrimPrefix(src, bomUTF8))
		if d := controlChars(text); d != nil {
			return "", "", d
		}
		return text, "UTF-8", nil
	}
	out, e := simplifiedchinese.GB18030.NewDecoder().Bytes(bytes.TrimPrefix(src, bomGB18030))
	if e != nil || bytes.ContainsRune(out, utf8.RuneError) {
		i := firstInvalidUTF8(src)
		return "", "", binaryError(src, i, "input is neither UTF-8 nor GB18030: invalid byte")
	}
	text = string(out)
	if d := controlChars(text); d != nil {
		return "", "", d
	}
	return text, "GB18030", nil
}

// binaryError reports a bad byte at offset i with the line and column of
// the valid text before it.
func binaryError(src []byte, i int, msg string) *Diagnostic {
	before := src[:i]
	line := bytes.Count(before, []byte{'\n'}) + 1
	if j := bytes.LastIndexByte(before, '\n'); j >= 0 {
		before = before[j+1:]
	}
	col := utf8.RuneCount(before) + 1
	return &Diagnostic{Pos: Pos{Line: line, Col: col}, Len: 1, Severity: SeverityError,
		Msg: fmt.Sprintf("%s 0x%02X at byte offset %d: this is not a plain text file (a Word, PDF or UTF-16 file named .txt?); save or export the document as plain text, UTF-8", msg, src[i], i)}
}

func firstInvalidUTF8(src []byte) int {
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}

// controlChars rejects text that holds C0 control characters other than tab,
// line feed, vertical tab, form feed and carriage return: such text is a
// binary file that happens to be valid UTF-8.
func controlChars(text string) *Diagnostic {
	line, col := 1, 0
	for _, r := range text {
		col++
		switch {
		case r == '\n':
			line, col = line+1, 0
		case unicode.IsControl(r) && r < 0x20 && r != '\t' && r != '\r' && r != '\v' && r != '\f':
			return &Diagnostic{Pos: Pos{Line: line, Col: col}, Len: 1, Severity: SeverityError,
				Msg: fmt.Sprintf("binary input: control character U+%04X: this is not a plain text file; save or export the document as plain text, UTF-8, or remove the character with an erratum in meta.toml", r)}
		}
	}
	return nil
}
