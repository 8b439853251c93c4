package summary

import (
	"regexp"
	"strings"

	"mingbai/generator/policy"
)

// actionRE matches a clause that starts with an action verb, the clauses an
// automatic summary keeps.
//
//	加快发展现代设施农业
//	支持建设国家技术创新中心
var actionRE = regexp.MustCompile(`^(加快|加强|加大|推动|推进|实施|建设|建立|健全|完善|支持|鼓励|引导|深化|培育|打造|提升|提高|开展|强化|优化|构建|发展|促进|落实|探索|扩大|保持|稳定|坚持|实现|制定|组织|创建|布局|聚焦|依托|围绕|做好|做强|做优|落地|确保|严格|全面|积极|大力|持续|着力)`)

// clauseRE splits sentences into clauses.
//
//	积极创建…中心，全力建设…科技城； → 积极创建…中心 | 全力建设…科技城
var clauseRE = regexp.MustCompile(`[，；。：！？]`)

// Auto writes a labelled extractive summary in Chinese for a section
// that has no curated one: its heading sentence, its first key actions (the
// clauses led by an action verb) and its targets, within max characters.
//
//	开展原创性颠覆性科技创新。主要举措：积极创建具有全国影响力的区域科技创新中心；全力建设沈阳浑南科技城。目标：年均增长9%以上。
func Auto(s *policy.Section, targets []string, max int) string {
	var b strings.Builder
	if s.Heading != "" {
		b.WriteString(s.Heading)
		b.WriteString("。")
	}
	var actions []string
	for _, pg := range s.Text() {
		for _, c := range clauseRE.Split(pg.Text, -1) {
			if actionRE.MatchString(c) && CountZh(c) <= 40 {
				actions = append(actions, c)
			}
		}
	}
	tail := ""
	if len(targets) > 0 {
		tail = "目标：" + strings.Join(targets, "；") + "。"
	}
	room := max - CountZh(b.String()) - CountZh(tail)
	var kept []string
	used := CountZh("主要举措：。")
	for _, a := range actions {
		if used+CountZh(a)+1 > room {
			break
		}
		kept = append(kept, a)
		used += CountZh(a) + 1
	}
	if len(kept) > 0 {
		b.WriteString("主要举措：" + strings.Join(kept, "；") + "。")
	}
	b.WriteString(tail)
	return b.String()
}
