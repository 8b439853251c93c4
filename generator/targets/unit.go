package targets

import (
	"sort"
	"strings"

	"mingbai/generator/zh"
)

// unitInfo describes a unit written after a number, without its magnitude:
// the 元 of 三千亿元, the 人 of 1200万人, the 项 of 百项.
type unitInfo struct {
	base  string // the base unit of Quantity, e.g. "yuan"; "" for ratios
	en    string // the English label after a number, e.g. "items"; "" for none
	kind  string // unitRatio, unitCount, unitTime or unitMeasure
	money string // the English currency code before a number, e.g. "RMB"
}

// Unit kinds.
const (
	unitRatio   = "ratio"   // %, 个百分点, 倍: no base quantity
	unitCount   = "count"   // a measure word for counting things: 个, 家, 项
	unitTime    = "time"    // a duration: 年, 天, 小时
	unitMeasure = "measure" // money, people and physical quantities: 元, 人, 吨
)

// units are the units Extract recognises after a number. Magnitudes (万, 亿,
// 万亿) are not units: they are kept with the number and shown with the unit.
var units = withClassifiers(map[string]unitInfo{
	"%":    {kind: unitRatio, en: "%"},
	"％":    {kind: unitRatio, en: "%"},
	"‰":    {kind: unitRatio, en: "‰"},
	"个百分点": {kind: unitRatio, en: "percentage points"},
	"百分点":  {kind: unitRatio, en: "percentage points"},
	"倍":    {kind: unitRatio, en: "times"},

	"元":  {kind: unitMeasure, base: "yuan", money: "RMB"},
	"美元": {kind: unitMeasure, base: "usd", money: "USD"},

	"人":      {kind: unitMeasure, base: "people", en: "people"},
	"名":      {kind: unitMeasure, base: "people", en: "people"},
	"人次":     {kind: unitMeasure, base: "person-times", en: "person-times"},
	"户":      {kind: unitMeasure, base: "households", en: "households"},
	"亩":      {kind: unitMeasure, base: "mu", en: "mu"},
	"公顷":     {kind: unitMeasure, base: "hectares", en: "hectares"},
	"平方米":    {kind: unitMeasure, base: "m2", en: "square metres"},
	"平方公里":   {kind: unitMeasure, base: "km2", en: "square kilometres"},
	"立方米":    {kind: unitMeasure, base: "m3", en: "cubic metres"},
	"公里":     {kind: unitMeasure, base: "km", en: "km"},
	"米":      {kind: unitMeasure, base: "m", en: "m"},
	"千米":     {kind: unitMeasure, base: "km", en: "km"},
	"吨":      {kind: unitMeasure, base: "tonnes", en: "tonnes"},
	"吨标准煤":   {kind: unitMeasure, base: "tce", en: "tonnes of standard coal"},
	"斤":      {kind: unitMeasure, base: "jin", en: "jin"},
	"公斤":     {kind: unitMeasure, base: "kg", en: "kg"},
	"千克":     {kind: unitMeasure, base: "kg", en: "kg"},
	"千瓦":     {kind: unitMeasure, base: "kW", en: "kW"},
	"千瓦时":    {kind: unitMeasure, base: "kWh", en: "kWh"},
	"标准箱":    {kind: unitMeasure, base: "TEU", en: "TEU"},
	"微克/立方米": {kind: unitMeasure, base: "ug/m3", en: "μg/m³"},

	"年":    {kind: unitTime, base: "years", en: "years"},
	"个月":   {kind: unitTime, base: "months", en: "months"},
	"周":    {kind: unitTime, base: "weeks", en: "weeks"},
	"天":    {kind: unitTime, base: "days", en: "days"},
	"日":    {kind: unitTime, base: "days", en: "days"},
	"工作日":  {kind: unitTime, base: "working days", en: "working days"},
	"个工作日": {kind: unitTime, base: "working days", en: "working days"},
	"小时":   {kind: unitTime, base: "hours", en: "hours"},
	"分钟":   {kind: unitTime, base: "minutes", en: "minutes"},
	"岁":    {kind: unitMeasure, base: "years of age", en: "years"},

	// 级 follows a magnitude only (千亿级, 万亿级) and stands for 元; see scaleUnit.
	"级": {kind: unitMeasure, base: "yuan", money: "RMB"},
})

// withClassifiers adds the measure words of classifiers to us as count units.
func withClassifiers(us map[string]unitInfo) map[string]unitInfo {
	for word, c := range classifiers {
		us[word] = unitInfo{kind: unitCount, base: c.base, en: c.en}
	}
	return us
}

// scaleUnit is the unit that a magnitude with 级 implies: 万亿级 is 万亿元.
const scaleUnit = "级"

// unitPattern matches any unit of units, longest first so that 个百分点 wins
// over 个 and 千瓦时 over 千瓦: 9%, 1200万人, 5个工作日, 30万千瓦.
var unitPattern = func() string {
	keys := make([]string, 0, len(units))
	for k := range units {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if a, b := zh.RuneLen(keys[i]), zh.RuneLen(keys[j]); a != b {
			return a > b
		}
		return keys[i] < keys[j]
	})
	return "(?:" + strings.Join(keys, "|") + ")"
}()

// normalUnit returns the unit as shown in the table: full-width ％ becomes %.
func normalUnit(u string) string {
	if u == "％" {
		return "%"
	}
	return u
}
