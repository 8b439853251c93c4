// Package deploy holds no code: its tests check the deployment
// configuration of the project root against the versions the project pins
// and against each other: netlify.toml, static/_headers, the GitHub Pages
// workflow (.github/workflows/pages.yml), package.json and its lock file,
// and the Content-Security-Policy meta fallback of the head partial; and
// that both hosts keep the share cards and Hugo's resources between builds
// (netlify.toml's local plugin netlify/plugins/cache, the workflow's
// actions/cache keyed by the card inputs).
//
//	go test ./generator/deploy
package deploy
