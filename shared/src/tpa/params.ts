/** Interpretations of the Tianjin TPA measures (policy-rules §7), as named parameters. */
export interface TpaParams {
  /**
   * Tianjin art. 14 "辖区分中心得分": the score of the district sub-centres as one figure.
   * `mean` (default): plain mean of the sub-centres; `caseloadWeighted`: weighted by caseload.
   */
  districtScore: 'mean' | 'caseloadWeighted';
}

export const tianjinTpaParams: TpaParams = { districtScore: 'mean' };

/** Regions that adopt the Tianjin template take its reading unless they choose otherwise. */
export const qinhuangdaoTpaParams: TpaParams = { ...tianjinTpaParams };
export const tumxukTpaParams: TpaParams = { ...tianjinTpaParams };
