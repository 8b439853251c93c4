package policy

import (
	"strings"

	"mingbai/generator/zh"
)

// Bracket and quote pairs, and the marks that end a sentence, are the
// Chinese-text layer's.
const (
	openers      = zh.Openers
	closers      = zh.Closers
	sentenceEnds = zh.SentenceEnds
)

// asideMax is the longest bracketed aside after a full stop that still
// ends a paragraph.
const asideMax = 60

// terminated reports whether a paragraph ending in rs is complete: its last
// mark, after any closing quotes, ends a sentence. A final bracketed aside
// after a full stop counts too: "…。（省发展改革委负责）".
func terminated(rs []rune) bool {
	i := len(rs) - 1
	for i >= 0 && strings.ContainsRune("”’」』》〉", rs[i]) {
		i--
	}
	if i < 0 {
		return false
	}
	r := rs[i]
	if strings.ContainsRune(sentenceEnds+"：:…", r) {
		return true
	}
	if r == '）' || r == ')' {
		// An aside is short: look back no further than asideMax runes, so
		// that joining many lines stays linear.
		depth := 0
		for j := i; j >= max(i-asideMax, 0); j-- {
			switch rs[j] {
			case '）', ')':
				depth++
			case '（', '(':
				depth--
				if depth == 0 {
					return j > 0 && strings.ContainsRune(sentenceEnds, rs[j-1])
				}
			}
		}
	}
	return false
}

// sentences splits a paragraph into sentences on 。！？； and on a ： that
// ends a lead-in, outside quotes and brackets. Closing quotes after a mark
// stay with the sentence they close. The spans cover rs without gaps.
//
//	今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。
//	→ 今年发展主要预期目标是： | 国内生产总值增长5%左右； | 城镇新增就业1200万人以上。
func sentences(rs []rune) []Span {
	var out []Span
	start, depth := 0, 0
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case strings.ContainsRune(openers, r):
			depth++
			continue
		case strings.ContainsRune(closers, r):
			depth = max(depth-1, 0)
			continue
		case depth > 0:
			continue
		case strings.ContainsRune(sentenceEnds, r):
		case (r == '：' || r == ':') && i-start >= 4 && i+1 < len(rs):
		default:
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune("”’」』", rs[j]) {
			j++
		}
		out = append(out, Span{start, j})
		start, i = j, j-1
	}
	if start < len(rs) {
		out = append(out, Span{start, len(rs)})
	}
	return out
}
