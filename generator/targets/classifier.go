package targets

// classifier is a measure word (量词) for counting things, with the base
// unit of its Quantity and its English label after a number.
type classifier struct {
	base string // "items" when the thing counted is named after it: 8座储能电站
	en   string // "" when the English names the thing itself: 8 (storage stations)
}

// classifiers are the measure words Extract counts with: 推出3款以上产品,
// 年发射30发, 部署400颗卫星, 建成8座, 交付60艘, 引进12家以上. A classifier
// that is also a common word after a number (一批, 一件事, 第一位) is kept out
// where its numbers are rarely targets; Chinese numerals need a classifier
// in any case, and a lone 一 is never a figure.
var classifiers = map[string]classifier{
	"个":   {"items", ""},
	"家":   {"organizations", "organizations"},
	"项":   {"items", "items"},
	"件":   {"items", "items"},
	"款":   {"products", "products"},
	"例":   {"cases", "cases"},
	"所":   {"institutions", "institutions"},
	"座":   {"items", ""},
	"栋":   {"buildings", "buildings"},
	"幢":   {"buildings", "buildings"},
	"条":   {"items", ""},
	"处":   {"sites", "sites"},
	"台":   {"units", "units"},
	"台套":  {"sets", "sets"},
	"套":   {"sets", "sets"},
	"种":   {"kinds", "kinds"},
	"类":   {"kinds", "kinds"},
	"支":   {"items", ""},
	"部":   {"items", ""},
	"部门":  {"departments", "departments"},
	"次":   {"times", "times"},
	"场":   {"events", "events"},
	"辆":   {"vehicles", "vehicles"},
	"艘":   {"vessels", "vessels"},
	"架":   {"aircraft", "aircraft"},
	"列":   {"trains", "trains"},
	"张":   {"items", ""},
	"颗":   {"items", ""},            // 部署400颗低轨卫星
	"枚":   {"items", ""},            // 发射2枚火箭
	"发":   {"launches", "launches"}, // 年发射30发
	"批":   {"batches", "batches"},
	"个批次": {"batches", "batches"},
	"位":   {"people", "people"},
	"头":   {"head", "head"}, // livestock
	"只":   {"animals", "animals"},
	"株":   {"plants", "plants"},
	"棵":   {"trees", "trees"},
	"门":   {"courses", "courses"},
	"篇":   {"articles", "articles"},
	"本":   {"volumes", "volumes"},
	"份":   {"copies", "copies"},
	"片":   {"areas", "areas"},
	"座次":  {"seats", "seats"},
	"间":   {"rooms", "rooms"},
	"床":   {"beds", "beds"},
	"张床":  {"beds", "beds"},
	"班":   {"services", "services"},
	"趟":   {"trips", "trips"},
	"条线路": {"routes", "routes"},
	"期":   {"rounds", "rounds"},
	"轮":   {"rounds", "rounds"},
	"集":   {"episodes", "episodes"},
	"组":   {"groups", "groups"},
	"队":   {"teams", "teams"},
	"支队伍": {"teams", "teams"},
}
