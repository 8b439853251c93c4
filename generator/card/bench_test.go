package card

import "testing"

var benchCard = Card{Kicker: "明白 · 辽委发〔2024〕8号", Label: "（七）", Title: "关于支持科技园区建设和先进制造业\n产业集群发展的若干措施，达到目标", Figure: "3000亿元以上 · 软件和信息技术服务业集群规模"}

func BenchmarkDraw(b *testing.B) {
	f, err := LoadFont("../../assets/fonts/card.otf")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := f.Draw(benchCard); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadFont(b *testing.B) {
	for b.Loop() {
		if _, err := LoadFont("../../assets/fonts/card.otf"); err != nil {
			b.Fatal(err)
		}
	}
}
