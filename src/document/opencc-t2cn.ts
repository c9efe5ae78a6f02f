/**
 * opencc-js's Traditional → Simplified converter (its `t2cn` build), as an entry of the Node build: `dist/opencc-t2cn.js`,
 * a file of a known name that the synchronous `parse()` can `require()` (`opencc-sync.ts`).
 *
 * Note: opencc-js is bundled, not a dependency: the package holds every direction of conversion (6 MB installed),
 * of which gongwen reads 0.1 MB.
 */
export * from 'opencc-js/t2cn'
