package zh

import (
	"math/big"
	"testing"
)

func TestStrict(t *testing.T) {
	tests := []struct {
		in   string
		want string // exact value, "" when the input is not one number
	}{
		{"9", "9"},
		{"1.3", "13/10"},
		{"4.06", "203/50"},
		{"1,200", "1200"},
		{"４．５", "9/2"},
		{"三千亿", "300000000000"},
		{"五百亿", "50000000000"},
		{"千亿", "100000000000"},
		{"万亿", "1000000000000"},
		{"百", "100"},
		{"两", "2"},
		{"十四", "14"},
		{"二十", "20"},
		{"一千零五", "1005"},
		{"一千零五十", "1050"},
		{"三千五", "3500"},
		{"一万五", "15000"},
		{"一万零五", "10005"},
		{"一亿二千万", "120000000"},
		{"一千二百万", "12000000"},
		{"二〇二四", "2024"},
		{"二零二五", "2025"},
		{"〇", "0"},
		{"零", "0"},
		{"三点五", "7/2"},
		{"零点五", "1/2"},
		{"十四五", ""},
		{"一二三", ""},
		{"三五", ""},
		{"十百", ""},
		{"三点", ""},
		{"12a", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := Strict(tt.in)
		switch {
		case tt.want == "" && ok:
			t.Errorf("Strict(%q) = %s, want no number", tt.in, got.RatString())
		case tt.want != "" && !ok:
			t.Errorf("Strict(%q) failed, want %s", tt.in, tt.want)
		case ok && got.RatString() != tt.want:
			t.Errorf("Strict(%q) = %s, want %s", tt.in, got.RatString(), tt.want)
		}
	}
}

func TestIntReaders(t *testing.T) {
	tests := []struct {
		in              string
		strict, lenient int
		strictOK, lenOK bool
	}{
		{"25", 25, 25, true, true},
		{"二十五", 25, 25, true, true},
		{"一百零三", 103, 103, true, true},
		{"十", 10, 10, true, true},
		{"一二", 0, 12, false, true},
		{"二○二四", 2024, 2024, true, true},
		{"1.5", 0, 0, false, false},
		{"十四五", 0, 0, false, false},
		{"甲", 0, 0, false, false},
	}
	for _, tt := range tests {
		if n, ok := StrictInt(tt.in); n != tt.strict || ok != tt.strictOK {
			t.Errorf("StrictInt(%q) = %d, %v; want %d, %v", tt.in, n, ok, tt.strict, tt.strictOK)
		}
		if n, ok := Lenient(tt.in); n != tt.lenient || ok != tt.lenOK {
			t.Errorf("Lenient(%q) = %d, %v; want %d, %v", tt.in, n, ok, tt.lenient, tt.lenOK)
		}
	}
}

func TestMagnitudes(t *testing.T) {
	if m := Magnitude("万亿"); m.Cmp(big.NewRat(1e12, 1)) != 0 {
		t.Errorf("Magnitude(万亿) = %s", m)
	}
	for in, want := range map[string]string{"三千亿": "亿", "4.4万亿": "万亿", "一千二百万": "万", "百": ""} {
		if got := TrailingMagnitude(in); got != want {
			t.Errorf("TrailingMagnitude(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"万亿元": "万亿", "万户": "万", "元": "", "%": ""} {
		if got := LeadingMagnitude(in); got != want {
			t.Errorf("LeadingMagnitude(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDates(t *testing.T) {
	for in, want := range map[string]int{"国发〔2021〕36号": 2021, "——2022年10月28日在…": 2022, "第1879号": 0, "无": 0} {
		if got := FirstYear(in); got != want {
			t.Errorf("FirstYear(%q) = %d, want %d", in, got, want)
		}
	}
	if g := FullDate.FindStringSubmatch("新华社北京2022年10月28日电"); g == nil || g[1] != "2022" || g[2] != "10" || g[3] != "28" {
		t.Errorf("FullDate = %q", g)
	}
	for _, tt := range []struct{ y, m, d, want string }{
		{"二〇二四", "一", "十八", "2024-01-18"},
		{"2024", "6", "20", "2024-06-20"},
		{"二○二三", "十二", "三十一", "2023-12-31"},
	} {
		if got := ISODate(tt.y, tt.m, tt.d); got != tt.want {
			t.Errorf("ISODate(%s, %s, %s) = %s, want %s", tt.y, tt.m, tt.d, got, tt.want)
		}
	}
}

func TestOffsets(t *testing.T) {
	s := "力争未来5年，研发"
	if RuneLen(s) != 9 || RuneIndex(s, len("力争")) != 2 {
		t.Errorf("RuneLen %d, RuneIndex %d", RuneLen(s), RuneIndex(s, len("力争")))
	}
	c := NewCounter(s)
	for _, tt := range []struct{ b, want int }{{0, 0}, {6, 2}, {len("力争未来5"), 5}, {3, 1}} {
		if got := c.At(tt.b); got != tt.want {
			t.Errorf("At(%d) = %d, want %d", tt.b, got, tt.want)
		}
	}
}

func TestClasses(t *testing.T) {
	if !IsHan('中') || IsHan('5') || !IsLatin('G') || IsLatin('中') {
		t.Error("IsHan or IsLatin")
	}
	if len([]rune(Openers)) != len([]rune(Closers)) {
		t.Error("Openers and Closers differ in length")
	}
}

// FuzzStrict checks that the numeral readers never panic and agree: what
// StrictInt reads, Lenient reads the same.
func FuzzStrict(f *testing.F) {
	for _, s := range []string{"三千亿", "一万零五", "二〇二四", "1,200.5", "十四五", "点", "万亿亿", "〇〇"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		Strict(s)
		if n, ok := StrictInt(s); ok {
			if m, ok := Lenient(s); !ok || m != n {
				t.Errorf("StrictInt(%q) = %d but Lenient = %d, %v", s, n, m, ok)
			}
		}
	})
}

// TestClass: every rune of the sets has its class, other runes none.
func TestClass(t *testing.T) {
	for _, c := range []struct {
		set string
		bit uint8
	}{{Openers, Opener}, {Closers, Closer}, {ClauseEnds, ClauseEnd}} {
		for _, r := range c.set {
			if Class(r)&c.bit == 0 {
				t.Errorf("Class(%q) lacks %b", r, c.bit)
			}
		}
	}
	for _, r := range "中a1、—…\U0002A700" {
		if Class(r) != 0 {
			t.Errorf("Class(%q) = %b, want 0", r, Class(r))
		}
	}
	if Class('（') != Opener || Class('；') != ClauseEnd {
		t.Errorf("Class('（') = %b, Class('；') = %b", Class('（'), Class('；'))
	}
}
