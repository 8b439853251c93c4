package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"mingbai/generator/card"
)

// cardsCmd draws the share cards that the committed card lists name and
// assets/cards/ does not hold yet, of the kinds hugo.toml asks for, and
// deletes the cards no list names. generate ends with it; scripts/build
// runs it alone with --no-generate. Warnings (a character the font lacks)
// go to stderr.
//
//	go run ./generator cards
func cardsCmd(root string, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		return fmt.Errorf("usage: generator cards")
	}
	kinds, err := card.Config(root)
	if err != nil {
		return err
	}
	res, err := card.Sync(root, kinds, stderr)
	if err != nil {
		return err
	}
	what := "no share cards (hugo.toml: shareCards = false or params.cards.kinds = [])"
	if len(kinds) > 0 {
		what = fmt.Sprintf("%d share cards (%s)", res.Cards, strings.Join(kinds, ", "))
	}
	fmt.Fprintf(stdout, "cards: %s in %s; %d drawn, %d removed", what, card.Dir, res.Drawn, res.Removed)
	if res.Missing > 0 {
		fmt.Fprintf(stdout, "; %d drawn without a character the font lacks (see the warnings)", res.Missing)
	}
	fmt.Fprintln(stdout)
	return nil
}

// generateCards is the last step of generate: cardsCmd, in a project that
// has the card font (a test's temporary library may not).
func generateCards(root string, stdout, stderr io.Writer) error {
	if _, err := os.Stat(filepath.Join(root, card.FontFile)); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return cardsCmd(root, nil, stdout, stderr)
}
