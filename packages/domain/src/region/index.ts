export {
  REGION_TREE,
  regionName,
  regionLabel,
  provinceOf,
  isProvinceCode,
  checkRegion,
  type RegionNode,
  type RegionCheck,
} from './regions';
