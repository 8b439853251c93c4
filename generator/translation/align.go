package translation

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitSentences cuts English text into its sentences; their concatenation
// is the text (each sentence keeps the space after it). A sentence ends at
// . ! or ? (after any closing quotes or brackets) followed by a space and a
// capital, a digit or an opening quote; not after an abbreviation such as
// "No." or "e.g.", and never inside a translator's gloss [[…]].
//
//	SplitSentences("We must act. No. 8 applies.") → ["We must act. ", "No. 8 applies."]
func SplitSentences(en string) []string {
	var out []string
	start, depth := 0, 0
	for i := 0; i < len(en); {
		r, n := utf8.DecodeRuneInString(en[i:])
		switch {
		case strings.HasPrefix(en[i:], "[["):
			depth++
			i += 2
			continue
		case strings.HasPrefix(en[i:], "]]") && depth > 0:
			depth--
			i += 2
			continue
		}
		i += n
		if depth > 0 || !strings.ContainsRune(".!?", r) || abbreviation(en[start:i]) {
			continue
		}
		j := i
		for j < len(en) {
			c, m := utf8.DecodeRuneInString(en[j:])
			if !strings.ContainsRune("”’)]", c) || strings.HasPrefix(en[j:], "]]") {
				break
			}
			j += m
		}
		k := j
		for k < len(en) && (en[k] == ' ' || en[k] == '\n' || en[k] == '\t') {
			k++
		}
		if k == j || k == len(en) {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(en[k:]); unicode.IsUpper(c) || unicode.IsDigit(c) || strings.ContainsRune("“‘(", c) {
			out = append(out, en[start:k])
			start, i = k, k
		}
	}
	if start < len(en) {
		out = append(out, en[start:])
	}
	return out
}

// abbrevRE matches text ending in an abbreviation whose full stop does not
// end a sentence: "No.", "Nos.", "Art.", "e.g.", "i.e.", "etc." (only before
// a lower-case word, which SplitSentences never cuts at), "U.S.", a single
// initial ("Xi J.").
var abbrevRE = regexp.MustCompile(`(?:^|[\s(“])(?:No|Nos|Art|Arts|para|paras|p|pp|e\.g|i\.e|cf|vs|Mr|Ms|Mrs|Dr|St|U\.S|U\.K|[A-Z])\.$`)

func abbreviation(s string) bool { return abbrevRE.MatchString(s) }

// Align cuts the English of a paragraph into as many pieces as the Chinese
// has sentences, so that piece i translates Chinese sentence i and
// #p1.s2 names the same sentence in both languages. Their concatenation is
// en. A translator who wants to say where the cuts fall writes the English
// of each Chinese sentence on its own line; otherwise the English sentences
// are grouped, in order, so that each group's share of the English is as
// close as can be to its Chinese sentence's share of the Chinese.
//
// It is an error when the English has fewer sentences (or lines) than the
// Chinese: the translator joined sentences the Chinese keeps apart.
//
//	Align("We must act. We will strive. It is so.", []string{"要行动。", "力争……，确保……。"})
//	  → ["We must act. ", "We will strive. It is so."]
func Align(en string, zh []string) ([]string, error) {
	if len(zh) == 0 {
		return nil, fmt.Errorf("no Chinese sentences")
	}
	if lines := strings.Split(strings.TrimSpace(en), "\n"); len(lines) > 1 {
		if len(lines) != len(zh) {
			return nil, fmt.Errorf("the English has %d lines for %d Chinese sentences: write the English of each Chinese sentence on a line of its own", len(lines), len(zh))
		}
		out := make([]string, len(lines))
		for i, l := range lines {
			out[i] = strings.TrimSpace(l)
			if i < len(lines)-1 {
				out[i] += " "
			}
		}
		return out, nil
	}
	if len(zh) == 1 {
		return []string{en}, nil
	}
	es := SplitSentences(en)
	if len(es) < len(zh) {
		return nil, fmt.Errorf("the English has %d sentences for %d Chinese sentences: split it where the Chinese ends a sentence, or write the English of each Chinese sentence on a line of its own", len(es), len(zh))
	}
	cuts := partition(shares(es, func(s string) int { return len(strings.TrimSpace(bare(s))) }),
		shares(zh, func(s string) int { return utf8.RuneCountInString(s) }), numberMisses(es, zh))
	out := make([]string, 0, len(zh))
	prev := 0
	for _, c := range append(cuts, len(es)) {
		out = append(out, strings.Join(es[prev:c], ""))
		prev = c
	}
	return out, nil
}

// shares is each piece's share of the total length.
func shares(ss []string, size func(string) int) []float64 {
	total := 0
	for _, s := range ss {
		total += size(s)
	}
	out := make([]float64, len(ss))
	for i, s := range ss {
		out[i] = float64(size(s)) / float64(max(total, 1))
	}
	return out
}

// addedRE matches what the English adds to the Chinese: a translator's
// gloss [[…]] and a Chinese term in brackets after its English, (六地).
var addedRE = regexp.MustCompile(`\[\[.*?\]\]|\s?\([^()]*\p{Han}[^()]*\)`)

// bare is English without its glosses, whose length is the translation's.
func bare(en string) string { return addedRE.ReplaceAllString(en, "") }

// numberRE finds the figures that anchor a sentence: 9, 60, 2025, 1.5.
var numberRE = regexp.MustCompile(`\d+(?:\.\d+)?`)

// numberMisses returns miss(k, i): how many figures of English sentence i
// are missing from Chinese sentence k while another Chinese sentence has
// them. A figure is the surest sign of which sentence an English sentence
// translates.
func numberMisses(es, zh []string) func(k, i int) int {
	zn := make([]map[string]bool, len(zh))
	all := map[string]int{}
	for k, z := range zh {
		zn[k] = map[string]bool{}
		for _, n := range numberRE.FindAllString(z, -1) {
			if !zn[k][n] {
				zn[k][n] = true
				all[n]++
			}
		}
	}
	en := make([][]string, len(es))
	for i, e := range es {
		en[i] = numberRE.FindAllString(bare(e), -1)
	}
	return func(k, i int) int {
		miss := 0
		for _, n := range en[i] {
			if !zn[k][n] && all[n] > 0 {
				miss++
			}
		}
		return miss
	}
}

// partition groups m English sentences (their shares e) into len(z)
// contiguous, non-empty groups whose shares best match z, and returns the
// start index of groups 1…n-1. Cost: the sum of squared differences of
// cumulative shares at each cut, which keeps the cuts where the two texts
// have reached the same point, and a heavy price for each figure an English
// sentence puts in a group whose Chinese sentence lacks it (miss).
func partition(e, z []float64, miss func(k, i int) int) []int {
	m, n := len(e), len(z)
	cumE := make([]float64, m+1)
	for i, x := range e {
		cumE[i+1] = cumE[i] + x
	}
	cumZ := make([]float64, n+1)
	for i, x := range z {
		cumZ[i+1] = cumZ[i] + x
	}
	// best[k][j]: least cost of putting the first j English sentences into
	// the first k groups; from[k][j] the start of group k.
	inf := float64(1 << 30)
	best := make([][]float64, n+1)
	from := make([][]int, n+1)
	for k := range best {
		best[k] = make([]float64, m+1)
		from[k] = make([]int, m+1)
		for j := range best[k] {
			best[k][j] = inf
		}
	}
	best[0][0] = 0
	for k := 1; k <= n; k++ {
		for j := k; j <= m-(n-k); j++ {
			d := cumE[j] - cumZ[k]
			misses := 0.0 // of the group i…j-1, grown from the right
			for i := j - 1; i >= k-1; i-- {
				misses += float64(miss(k-1, i))
				if c := best[k-1][i] + d*d + misses; best[k-1][i] < inf && c < best[k][j] {
					best[k][j], from[k][j] = c, i
				}
			}
		}
	}
	cuts := make([]int, n-1)
	for k, j := n, m; k > 1; k-- {
		j = from[k][j]
		cuts[k-2] = j
	}
	return cuts
}
