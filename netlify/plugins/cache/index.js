// Keeps between Netlify builds what a build draws or computes once:
// - assets/cards: the share cards, named by a hash of their text, so a kept
//   card is never drawn again (generator/card; `go run ./generator cards`
//   draws only those missing and deletes those no page names any more);
// - .cache: the generator's cache (a document whose seed did not change is
//   not parsed again);
// - resources/_gen: Hugo's cache of processed resources.
// Netlify keeps one cache per site: restored before the build command runs,
// saved after it. generator/deploy checks this file and netlify.toml.
const dirs = ["assets/cards", ".cache", "resources/_gen"];

module.exports = {
  async onPreBuild({ utils }) {
    for (const dir of dirs) {
      const hit = await utils.cache.restore(dir);
      console.log(`cache: ${dir} ${hit ? "restored" : "not cached yet"}`);
    }
  },
  async onPostBuild({ utils }) {
    for (const dir of dirs) {
      const saved = await utils.cache.save(dir);
      console.log(`cache: ${dir} ${saved ? "saved" : "not saved (missing)"}`);
    }
  },
};
