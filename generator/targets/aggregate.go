package targets

import "regexp"

// AggregateUnstated marks a target whose figure the text gives once for
// several indicators without saying whether it holds for each or for all of
// them together:
//
//	船舶和海工装备产业集群与轨道交通装备产业集群规模突破五百亿元
//	→ two targets of over RMB 50 billion, each or combined not stated
//	先进装备制造、石化和精细化工、冶金新材料、优质特色消费品4个产业基地迈向万亿级
//	→ one target toward RMB 1 trillion, each or combined not stated
//
// 分别 (respectively) settles it, and so does a rate: 城镇和农村居民收入增长5%
// is 5% for each.
const AggregateUnstated = "each-or-combined-unstated"

// countedList matches an indicator that lists several things and counts
// them: 先进装备制造、石化和精细化工、冶金新材料、优质特色消费品4个产业基地. A
// name joined by 和 alone (软件和信息技术服务产业集群) is one thing.
var countedList = regexp.MustCompile(`、.*(?:[0-9]+|[一二两三四五六七八九十]+)\s*(?:个|大|类|家)[\p{Han}]*$`)

// sharedAmount reports whether the figure of c is an amount (money, people,
// physical quantities) that several indicators share: c is one of the rows
// that a list of indicators gave (siblings), or its indicator lists and
// counts several (A、B、C、D4个产业基地).
func sharedAmount(c *candidate) bool {
	if c.respectively || c.m.info.kind != unitMeasure {
		return false
	}
	return len(c.siblings) > 1 || countedList.MatchString(c.indicator)
}

// markShared gives target t, stated by candidate c, the aggregate flag and
// the IDs of the other targets that share its figure.
func markShared(t *Target, c *candidate) {
	if !sharedAmount(c) {
		return
	}
	t.Aggregate = AggregateUnstated
	for _, s := range c.siblings {
		if s.target != nil && s.target != t && !contains(t.SharedWith, s.target.ID) {
			t.SharedWith = append(t.SharedWith, s.target.ID)
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
