package site

import (
	"testing"

	"mingbai/generator/translation"
)

func TestGlossaryOrder(t *testing.T) {
	got := glossaryData([]translation.Term{
		{ID: "c", Zh: "新质生产力", Pinyin: "xīnzhì shēngchǎnlì", En: "new quality productive forces"},
		{ID: "a", Zh: "卡脖子", Pinyin: "qiǎ bózi", En: "chokepoint"},
		{ID: "b", Zh: "北斗", Pinyin: "Běidǒu", En: "BeiDou"},
		{ID: "d", Zh: "绿色", Pinyin: "lǜsè", En: "green"},
		{ID: "e", Zh: "路", Pinyin: "lù", En: "road"},
	})
	var ids, letters string
	for _, e := range got {
		ids += e.ID
		letters += e.LetterZh + e.LetterEn
	}
	// běidǒu, lù, lǜsè (ü after u), qiǎ, xīnzhì
	if ids != "bedac" {
		t.Errorf("pinyin order %q, want bedac", ids)
	}
	if letters != "BBLRLGQCXN" {
		t.Errorf("letters %q", letters)
	}
}
