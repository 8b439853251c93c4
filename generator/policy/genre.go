package policy

import "regexp"

// Genre is the kind of document, read from the document type its title ends
// with. It decides how the document is labelled and read (a regulation reads
// as chapters and articles), never how it is parsed: the parser recognises
// articles, attachments and speeches from the text itself.
type Genre string

// Genres.
const (
	GenreLaw        Genre = "law"        // 法, 法典: a law of a people's congress
	GenreRegulation Genre = "regulation" // 条例, 规定, 办法, 细则, 规则
	GenreOpinions   Genre = "opinions"   // 意见, 实施意见
	GenreNotice     Genre = "notice"     // 通知, 通报, 公告
	GenrePlan       Genre = "plan"       // 规划, 纲要, 方案, 计划
	GenreMeasures   Genre = "measures"   // 若干措施, 指引, 指南
	GenreReport     Genre = "report"     // 报告, 讲话
	GenreDecision   Genre = "decision"   // 决定, 决议, 批复
	GenreOther      Genre = "other"
)

// genreRules map the end of a title to its genre, first match wins.
//
//	中华人民共和国个人信息保护法      law
//	上海市科技专家库管理办法          regulation
//	关于培育新质生产力推动高质量发展的意见  opinions
//	扩大内需战略规划纲要（2022－2035年）   plan
var genreRules = []struct {
	re    *regexp.Regexp
	genre Genre
}{
	{regexp.MustCompile(`(条例|规定|办法|细则|规则|守则|章程|解释)(（[^）]*）|\([^)]*\))?$`), GenreRegulation},
	{regexp.MustCompile(`(法|法典|宪法|宪法修正案)(（[^）]*）|\([^)]*\))?$`), GenreLaw},
	{regexp.MustCompile(`意见$`), GenreOpinions},
	{regexp.MustCompile(`(规划|纲要|方案|计划)(（[^）]*）|\([^)]*\))?$`), GenrePlan},
	{regexp.MustCompile(`(措施|指引|指南|清单)$`), GenreMeasures},
	{regexp.MustCompile(`(报告|讲话)$`), GenreReport},
	{regexp.MustCompile(`(决定|决议|批复)$`), GenreDecision},
	{regexp.MustCompile(`(通知|通报|公告|通告|函)$`), GenreNotice},
}

// genreOf returns the genre of a title.
func genreOf(title string) Genre {
	for _, r := range genreRules {
		if r.re.MatchString(title) {
			return r.genre
		}
	}
	return GenreOther
}
