package targets

import "sort"

// markIndex answers, in constant time after a binary search, what the
// markers of a paragraph say about a span of it, so that a sentence of
// thousands of figures and markers is read in time linear in its length:
// for 到2025年，A增长5%，预计B达到6%, the nearest strong marker before 6% is
// 到2025年 and the first forecast word 预计.
type markIndex struct {
	marks        []marker
	nextForecast []int // for each marker, the first forecast marker at or after it, or len(marks)
	nextGoal     []int // the first goal or forward marker at or after it
	lastStrong   []int // the last past or forward marker at or before it, or -1
	lastHorizon  []int // the last forward horizon at or before it, or -1
}

// newMarkIndex indexes ms, which are in order and do not overlap, as
// scanMarkers returns them.
func newMarkIndex(ms []marker) markIndex {
	n := len(ms)
	x := markIndex{marks: ms, nextForecast: make([]int, n+1), nextGoal: make([]int, n+1), lastStrong: make([]int, n), lastHorizon: make([]int, n)}
	x.nextForecast[n], x.nextGoal[n] = n, n
	for i := n - 1; i >= 0; i-- {
		x.nextForecast[i], x.nextGoal[i] = x.nextForecast[i+1], x.nextGoal[i+1]
		if ms[i].tense == tenseForecast {
			x.nextForecast[i] = i
		}
		if ms[i].tense == tenseGoal || ms[i].tense == tenseForward {
			x.nextGoal[i] = i
		}
	}
	strong, horizon := -1, -1
	for i, k := range ms {
		if k.strong() {
			strong = i
		}
		if k.horizon != nil && k.tense == tenseForward {
			horizon = i
		}
		x.lastStrong[i], x.lastHorizon[i] = strong, horizon
	}
	return x
}

// within returns the markers [lo, hi) that lie wholly in runes [from, to).
func (x markIndex) within(from, to int) (lo, hi int) {
	lo = sort.Search(len(x.marks), func(i int) bool { return x.marks[i].start >= from })
	hi = sort.Search(len(x.marks), func(i int) bool { return x.marks[i].end > to })
	return lo, max(lo, hi)
}

// forecast returns the first forecast marker in [lo, hi), or nil.
func (x markIndex) forecast(lo, hi int) *marker {
	if lo < hi && x.nextForecast[lo] < hi {
		return &x.marks[x.nextForecast[lo]]
	}
	return nil
}

// strong returns the last past or forward marker in [lo, hi), or nil.
func (x markIndex) strong(lo, hi int) *marker {
	if lo < hi && x.lastStrong[hi-1] >= lo {
		return &x.marks[x.lastStrong[hi-1]]
	}
	return nil
}

// goal reports whether a goal word or forward horizon is in [lo, hi).
func (x markIndex) goal(lo, hi int) bool {
	return lo < hi && x.nextGoal[lo] < hi
}

// horizon returns the last forward horizon in [lo, hi), or nil.
func (x markIndex) horizon(lo, hi int) *Horizon {
	if lo < hi && x.lastHorizon[hi-1] >= lo {
		return x.marks[x.lastHorizon[hi-1]].horizon
	}
	return nil
}

// around returns the strong marker that holds runes [start, end), if any:
// only the last marker starting at or before start can.
func (x markIndex) around(start, end int) *marker {
	i := sort.Search(len(x.marks), func(i int) bool { return x.marks[i].start > start }) - 1
	if i >= 0 && x.marks[i].strong() && end <= x.marks[i].end {
		return &x.marks[i]
	}
	return nil
}
