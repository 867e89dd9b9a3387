import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The assessment fee agreed in an assessment institution's service agreement (Xinjiang art. 22:
 * 评估费由协商确定，并在服务协议中明确), read by the fee rule where the region fixes no fee (Tumxuk).
 */
export class AgreementAssessmentFee1800500000001 implements MigrationInterface {
  name = 'AgreementAssessmentFee1800500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE service_agreements ADD COLUMN assessment_fee numeric(12,2) CHECK (assessment_fee IS NULL OR (assessment_fee > 0 AND assessment_fee <= 99999.99))',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE service_agreements DROP COLUMN assessment_fee');
  }
}
