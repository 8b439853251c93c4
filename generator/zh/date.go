package zh

import (
	"fmt"
	"regexp"
	"strconv"
)

// YearPattern is a regexp for a year of the 20th or 21st century in Arabic
// digits: the 2021 of 国发〔2021〕36号, 2024年, 2014-2020年.
const YearPattern = `(?:19|20)\d{2}`

var (
	// Year matches a year in any text: 2021 in 国发〔2021〕36号.
	Year = regexp.MustCompile(YearPattern)

	// FullDate matches a whole date in Arabic digits, with its year, month
	// and day in groups 1–3: 2022年10月28日.
	FullDate = regexp.MustCompile(`(` + YearPattern + `)年(\d{1,2})月(\d{1,2})日`)
)

// FirstYear returns the first year in s, or 0: 2021 for 国发〔2021〕36号.
func FirstYear(s string) int {
	y, _ := strconv.Atoi(Year.FindString(s))
	return y
}

// ISODate formats year, month and day as YYYY-MM-DD, each written in Arabic
// digits or Chinese numerals: ("二〇二四", "一", "十八") → 2024-01-18,
// ("2024", "6", "20") → 2024-06-20. A part it cannot read is 0.
func ISODate(y, m, d string) string {
	year, _ := Lenient(y)
	mm, _ := Lenient(m)
	dd, _ := Lenient(d)
	return fmt.Sprintf("%04d-%02d-%02d", year, mm, dd)
}
