// The section list lives in src/shared so main can build the Go menu from it.
export { sectionForKey, sections, type Section } from '../../shared/sections';
