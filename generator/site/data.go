package site

import (
	"bytes"
	"fmt"

	"mingbai/generator/library"
	"mingbai/generator/targets"
)

// data adds the data files the templates read (data/: the documents, their
// targets and the glossary), the schema of targets.json and the chroma
// style sheet. It reads only what library.Doc.Slim keeps.
func (fs Files) data(lib *library.Library) error {
	allTargets := map[string]any{}
	for _, d := range lib.Docs {
		id := d.Model.ID
		ts := map[string]any{} // by target ID, for the templates to look up
		for _, t := range d.Targets {
			m, err := targetData(d, t)
			if err != nil {
				return err
			}
			ts[t.ID] = m
		}
		allTargets[id] = ts
	}
	fs["static/data/targets.schema.json"] = targets.Schema // describes every targets.json
	if err := fs.allTargets(lib); err != nil {
		return err
	}
	for name, v := range map[string]any{"targets": allTargets, "glossary": glossaryData(lib.Glossary)} {
		b, err := jsonBytes(v)
		if err != nil {
			return fmt.Errorf("data/%s.json: %w", name, err)
		}
		fs["data/"+name+".json"] = b
	}
	css, err := chromaCSS()
	if err != nil {
		return err
	}
	fs["assets/generated/chroma.css"] = css
	return nil
}

// downloadsOf adds the downloads of one document (static/data/<doc>/: the
// source as received, the parsed model, and the target table as CSV and
// JSON, with permalinks under base, see siteBase).
func (fs Files) downloadsOf(d *library.Doc, base string) error {
	id := d.Model.ID
	dir := "static/data/" + id + "/"
	fs[dir+"source.txt"] = d.Seed.Source
	var csv, js bytes.Buffer
	if err := targets.WriteCSV(&csv, exportRows(d, d.Targets, base)); err != nil {
		return err
	}
	if err := targets.WriteJSON(&js, exportRows(d, d.Targets, base)); err != nil {
		return err
	}
	fs[dir+"targets.csv"], fs[dir+"targets.json"] = csv.Bytes(), js.Bytes()
	model := d.Model.JSON(d.Seed.Path)
	model.Targets = d.Targets
	b, err := jsonBytes(model)
	if err != nil {
		return err
	}
	fs[dir+"model.json"] = b
	return nil
}

// allTargets adds the combined downloads of every document's targets,
// static/data/targets.csv and static/data/targets.json: the rows of each
// document's own targets.csv and targets.json, in catalogue (ID) order, with
// the same columns.
//
//	doc,id,section,permalink,indicator_zh,indicator_en,…
//	gov-work-report-2024,c2-t1,c2,/en/gov-work-report-2024/c2/#t-c2-t1,国内生产总值,Gross domestic product (GDP),…
func (fs Files) allTargets(lib *library.Library) error {
	var rows []targets.Row
	for _, d := range lib.Docs {
		rows = append(rows, exportRows(d, d.Targets, siteBase(lib.Root))...)
	}
	var csv, js bytes.Buffer
	if err := targets.WriteCSV(&csv, rows); err != nil {
		return err
	}
	if err := targets.WriteJSON(&js, rows); err != nil {
		return err
	}
	fs["static/data/targets.csv"], fs["static/data/targets.json"] = csv.Bytes(), js.Bytes()
	return nil
}
