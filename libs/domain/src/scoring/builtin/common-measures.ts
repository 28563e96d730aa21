import type { MeasureDefinition } from '../framework.model';

/** Measures both seed reports define the same way (DOMAIN.md "Fiscal data and derived measures"). */

export const BUDGET_ADJUSTMENT_RATE: MeasureDefinition = {
  key: 'budget_adjustment_rate',
  name: '预算调整率',
  unit: 'rate',
  formula: {
    op: 'div',
    args: [
      {
        op: 'sub',
        args: [
          {
            figure: 'final_budget',
          },
          {
            figure: 'initial_budget',
          },
        ],
      },
      {
        figure: 'initial_budget',
      },
    ],
  },
};

export const CARRYOVER_RATE: MeasureDefinition = {
  key: 'carryover_rate',
  name: '结转结余率',
  unit: 'rate',
  formula: {
    op: 'div',
    args: [
      {
        figure: 'carryover_total',
      },
      {
        figure: 'final_budget',
      },
    ],
  },
};

export const FIXED_ASSET_UTILISATION_RATE: MeasureDefinition = {
  key: 'fixed_asset_utilisation_rate',
  name: '固定资产利用率',
  unit: 'rate',
  formula: {
    op: 'div',
    args: [
      {
        figure: 'fixed_assets_in_use',
      },
      {
        figure: 'fixed_assets_total',
      },
    ],
  },
};

export const BUDGET_EXECUTION_RATE: MeasureDefinition = {
  key: 'budget_execution_rate',
  name: '预算执行率',
  unit: 'rate',
  formula: {
    op: 'div',
    args: [
      {
        figure: 'final_accounts',
      },
      {
        figure: 'final_budget',
      },
    ],
  },
};
