import { ASSESSOR_REMOVAL_GROUNDS } from '@ltci/shared';

const grounds = (lang: 'zh' | 'en') =>
  Object.fromEntries(Object.entries(ASSESSOR_REMOVAL_GROUNDS).map(([id, g]) => [id, g[lang]])) as Record<string, string>;

/** Institution records in full and the assessor pool (issue 10, items 1 and 5), English. */
export const recordsMessagesEn = {
  app: {
    menu: { assessorPool: 'Assessor pool' },
    institutions: {
      premises: 'Premises & zones',
      systems: 'Systems & IT',
      persons: 'Related persons',
      add_staff: 'Add a staff member',
      add_person: 'Add a related person',
    },
    pool: {
      title: 'Assessor pool',
      train: 'Record training',
      train_title: 'Training of %{name}',
      remove: 'Remove from pool',
      remove_title: 'Remove %{name} from the assessor pool',
      remove_warning: 'Removal is permanent (Xinjiang art. 16 ¶2): the person may never again do LTCI assessments.',
      ground: 'Ground (art. 16 ¶2(1)–(5))',
      reason: 'Reason',
      removed: 'Removed from the pool',
      trained: 'Training recorded',
      passed_yes: 'Passed',
      passed_no: 'Not passed',
    },
    persons: {
      reveal: 'Show full number',
      reveal_title: 'ID number of %{name}',
      reveal_reason: 'Why you need the full number (recorded in the audit log)',
    },
    errors: {
      issue: {
        INVALID_RESIDENT_ID: 'Not a valid ID number (18 characters, birth date, check character)',
        ROLE_SEPARATION:
          'Refused by the separation of roles (%{citation}): “%{otherInstitutionName}” shares a person with this institution — %{message}',
      },
      reason: {
        ASSESSOR_REMOVED:
          'Removed from the assessor pool for good: the record cannot change and the person cannot come back (Xinjiang art. 16)',
        ALREADY_REMOVED: 'Already removed from the pool',
        NOT_AN_ASSESSOR: 'Only assessors and experts are in the pool',
        DUPLICATE_NATIONAL_CODE: 'This platform code belongs to another person',
      },
    },
  },
  enums: {
    PoolStatus: { active: 'In the pool', removed: 'Removed' },
    AssessorRemovalGround: grounds('en'),
    RelatedPersonRole: {
      legalRepresentative: 'Legal representative',
      principal: 'Principal',
      actualController: 'Actual controller',
      shareholder: 'Shareholder',
    },
    FunctionalZone: { consultation: 'Consultation', office: 'Office', archive: 'Real-name archive', storage: 'Storage' },
    ManagementSystem: {
      service: 'Service management',
      finance: 'Finance',
      statistics: 'Statistics',
      internalControl: 'Internal control',
      staff: 'Staff management',
      archives: 'Archives',
      disputes: 'Disputes',
    },
    Tenure: { owned: 'Owned', leased: 'Leased' },
  },
  resources: {
    Institution: {
      fields: {
        floorArea: 'Floor area (m²)',
        tenure: 'Tenure',
        leaseEndsOn: 'Lease ends on',
        zones: 'Functional zones',
        homeVisitKit: 'Uniforms, kit and badges for home visits',
        managementSystems: 'Management systems',
        systemsPosted: 'Systems posted publicly',
        infoSystemName: 'Assessment information system',
        platformConnected: 'Connects to the national platform',
        securityPolicy: 'Information-security policy',
        securityOfficer: 'Person responsible for systems and network security',
        electronicArchives: 'One electronic file per claimant',
      },
    },
    Staff: {
      fields: {
        yearsInField: 'Years in a relevant field',
        nationalCode: 'Platform code',
        identityNumber: 'Identity number (carers; shown masked once saved)',
        idNumber: 'Identity number',
        certificates: 'Certificates',
        certificateName: 'Certificate',
        expiresOn: 'Valid until',
        trained: 'Trained',
        removedFor: 'Removed for',
        removalReason: 'Reason for removal',
        removedAt: 'Removed at',
        institutionName: 'Institution',
        institutionId: 'Institution',
        status: 'Status',
        q: 'Search',
      },
      help: { nationalCode: 'The assessor’s code on the medical-security platform (Xinjiang art. 19)' },
    },
    AssessorTraining: { fields: { trainedOn: 'Date', hours: 'Hours', passed: 'Result', course: 'Course' } },
    RelatedPerson: {
      name: 'Related person |||| Related persons',
      fields: { role: 'Capacity', name: 'Name', idNumber: 'ID number', idNumberMasked: 'ID number (masked)' },
      help: { idNumber: '18 characters; shown masked afterwards', idNumber_edit: 'Leave empty to keep the stored number' },
    },
  },
};

/** The same in Chinese (the default). */
export const recordsMessagesZh = {
  app: {
    menu: { assessorPool: '评估人员库' },
    institutions: {
      premises: '场所与功能区',
      systems: '制度与信息系统',
      persons: '关联人员',
      add_staff: '登记人员',
      add_person: '登记关联人员',
    },
    pool: {
      title: '评估人员库',
      train: '登记培训',
      train_title: '%{name}的培训记录',
      remove: '移出人员库',
      remove_title: '将%{name}移出评估人员库',
      remove_warning: '移出为永久性的（新疆细则第十六条第二款）：该人员不得再从事长期护理保险失能等级评估工作。',
      ground: '移出情形（第十六条第二款第一至五项）',
      reason: '移出理由',
      removed: '已移出评估人员库',
      trained: '已登记培训',
      passed_yes: '考核合格',
      passed_no: '考核不合格',
    },
    persons: {
      reveal: '查看完整号码',
      reveal_title: '%{name}的证件号码',
      reveal_reason: '查看理由（记入审计日志）',
    },
    errors: {
      issue: {
        INVALID_RESIDENT_ID: '身份证号码有误（18位，含出生日期与校验位）',
        ROLE_SEPARATION: '%{message}（%{citation}；%{otherInstitutionName}）',
      },
      reason: {
        ASSESSOR_REMOVED: '该人员已被永久移出评估人员库，记录不可修改，也不得重新加入（新疆细则第十六条）',
        ALREADY_REMOVED: '该人员已被移出人员库',
        NOT_AN_ASSESSOR: '只有评估员和评估专家在评估人员库中',
        DUPLICATE_NATIONAL_CODE: '该平台编码已登记给其他人员',
      },
    },
  },
  enums: {
    PoolStatus: { active: '在库', removed: '已移出' },
    AssessorRemovalGround: grounds('zh'),
    RelatedPersonRole: { legalRepresentative: '法定代表人', principal: '主要负责人', actualController: '实际控制人', shareholder: '股东' },
    FunctionalZone: { consultation: '咨询服务区', office: '业务办公区', archive: '实名制档案管理区', storage: '物资存放区' },
    ManagementSystem: {
      service: '服务管理',
      finance: '财务管理',
      statistics: '信息统计',
      internalControl: '内控管理',
      staff: '人员管理',
      archives: '档案管理',
      disputes: '争议处理',
    },
    Tenure: { owned: '自有', leased: '租赁' },
  },
  resources: {
    Institution: {
      fields: {
        floorArea: '建筑面积（平方米）',
        tenure: '场所性质',
        leaseEndsOn: '租期截止',
        zones: '功能区',
        homeVisitKit: '上门服务统一服装、服务包、工作证',
        managementSystems: '管理制度',
        systemsPosted: '显著位置公示的制度',
        infoSystemName: '失能等级评估信息系统',
        platformConnected: '可对接全国统一医保信息平台',
        securityPolicy: '信息安全内控制度',
        securityOfficer: '信息系统和网络安全负责人',
        electronicArchives: '一人一档电子化档案',
      },
    },
    Staff: {
      fields: {
        yearsInField: '相关专业工作年限',
        nationalCode: '平台编码',
        identityNumber: '身份证号码（护理人员；保存后脱敏显示）',
        idNumber: '身份证号码',
        certificates: '资格证书',
        certificateName: '证书名称',
        expiresOn: '有效期至',
        trained: '已培训合格',
        removedFor: '移出情形',
        removalReason: '移出理由',
        removedAt: '移出时间',
        institutionName: '所属机构',
        institutionId: '所属机构',
        status: '状态',
        q: '搜索',
      },
      help: { nationalCode: '医保信息平台评估人员编码（新疆细则第十九条）' },
    },
    AssessorTraining: { fields: { trainedOn: '培训日期', hours: '学时', passed: '考核结果', course: '课程' } },
    RelatedPerson: {
      name: '关联人员 |||| 关联人员',
      fields: { role: '身份', name: '姓名或名称', idNumber: '身份证号', idNumberMasked: '身份证号（脱敏）' },
      help: { idNumber: '18位；保存后脱敏显示', idNumber_edit: '不填则保留原号码' },
    },
  },
};
