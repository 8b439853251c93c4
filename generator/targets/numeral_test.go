package targets

import "testing"

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want string // exact value, "" when the input is not one number
	}{
		{"9", "9"},
		{"1.3", "1.3"},
		{"4.06", "4.06"},
		{"1,200", "1200"},
		{"４．５", "4.5"},
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
		{"三点五", "3.5"},
		{"零点五", "0.5"},
		{"十四五", ""},
		{"一二三", ""},
		{"三五", ""},
		{"十百", ""},
	}
	for _, tt := range tests {
		got, ok := parseNumber(tt.in)
		switch {
		case tt.want == "" && ok:
			t.Errorf("parseNumber(%q) = %s, want no number", tt.in, got.RatString())
		case tt.want != "" && !ok:
			t.Errorf("parseNumber(%q) failed, want %s", tt.in, tt.want)
		case ok && exact(got) != tt.want:
			t.Errorf("parseNumber(%q) = %s, want %s", tt.in, exact(got), tt.want)
		}
	}
}
