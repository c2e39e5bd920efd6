#!/usr/bin/env python3
"""Builds the example inventories (format 1.0) in examples/inventories/.

All data are illustrative: names of bodies, laws and places are real-looking,
but credit codes, phone numbers and addresses are made up (the check
characters are computed, so the codes are *valid*, not *real*).

Every check character (GB 11714, GB 32100) and every implementation code is
computed here. YAML is written by a tiny emitter (no PyYAML needed); JSON by
json.dump. Run:  python3 examples/tools/make_examples.py
Then verify:     python3 examples/tools/check_examples.py
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "inventories"))

# --------------------------------------------------------------------------
# Codes
# --------------------------------------------------------------------------
CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
LEVEL_DIGIT = {"national": "1", "provincial": "2", "municipal": "3",
               "county": "4", "township": "5", "village": "6"}


def org_check(body8):
    """GB 11714 check character for an 8-char organisation code body."""
    def val(c):
        return int(c) if c.isdigit() else ord(c) - ord("A") + 10
    s = sum(val(c) * w for c, w in zip(body8, ORG_WEIGHTS))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def credit_check(first17):
    """GB 32100 check character for the first 17 chars of a credit code."""
    s = sum(CREDIT_CHARSET.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS))
    c = 31 - s % 31
    return CREDIT_CHARSET[0 if c == 31 else c]


def credit_code(name, kind, division):
    """Deterministic, valid (not real) credit code for a body.

    kind: '11' 机关 (机构编制 / 机关), '12' 事业单位."""
    h = hashlib.sha256(name.encode("utf-8")).digest()
    if kind == "11":   # newer agency codes look like MBxxxxxx
        body = "MB" + "".join(CREDIT_CHARSET[b % 31] for b in h[:6])
    else:              # older institution codes are digits
        body = "4" + "".join(str(b % 10) for b in h[:7])
    org = body + org_check(body)
    first17 = kind + division + org
    return first17 + credit_check(first17)


# --------------------------------------------------------------------------
# Regions
# --------------------------------------------------------------------------
REGIONS = {
    "jiaxing": {
        "file": "zhejiang-jiaxing.yaml", "code": "330400", "name": "嘉兴市",
        "comment": "嘉兴市（浙江省）政务服务事项清单示例：数据为示意（illustrative），非官方发布。",
        "department": ("嘉兴市人民政府办公室", "11", "330400"),
        "publishedOn": "2026-03-02",
        "center": {"name": "嘉兴市民服务中心", "address": "浙江省嘉兴市南湖区广益路1199号",
                   "hours": "周一至周五 8:30-12:00, 13:30-17:00；周六 9:00-12:00（延时服务）"},
    },
    "taibai": {
        "file": "shaanxi-taibai.yaml", "code": "610331", "name": "太白县",
        "comment": "太白县（陕西省宝鸡市）政务服务事项清单示例：数据为示意（illustrative），非官方发布。",
        "department": ("太白县行政审批服务局", "11", "610331"),
        "publishedOn": "2026-01-20",
        "center": {"name": "太白县政务服务中心", "address": "陕西省宝鸡市太白县嘴头镇太白中街12号",
                   "hours": "周一至周五 8:30-12:00, 14:00-17:30"},
    },
    "nujiang": {
        "file": "yunnan-nujiang.yaml", "code": "533300", "name": "怒江傈僳族自治州",
        "comment": "怒江傈僳族自治州（云南省）政务服务事项清单示例：数据为示意（illustrative），非官方发布。",
        "department": ("怒江傈僳族自治州政务服务管理局", "11", "533300"),
        "publishedOn": "2026-02-10",
        "center": {"name": "怒江州政务服务中心", "address": "云南省怒江傈僳族自治州泸水市六库街道向阳北路18号",
                   "hours": "周一至周五 9:00-12:00, 14:30-17:30"},
    },
    "dongxing": {
        "file": "sichuan-dongxing.json", "code": "511011", "name": "东兴区",
        "comment": None,
        "department": ("内江市东兴区行政审批局", "11", "511011"),
        "publishedOn": "2026-03-16",
        "center": {"name": "东兴区政务服务中心", "address": "四川省内江市东兴区汉安大道东段268号",
                   "hours": "周一至周五 9:00-12:00, 13:30-17:00"},
    },
}
ORDER = ["jiaxing", "taibai", "nujiang", "dongxing"]

# Authorities: key -> (name, kind, division, level, nature, source, consultation phone, complaint phone or None)
AUTH = {
    # 嘉兴
    "jx.wjw": ("嘉兴市卫生健康委员会", "11", "330400", "municipal", "statutoryAgency", "statutory", "0573-82061532", "0573-82061018"),
    "jx.scjg": ("嘉兴市市场监督管理局", "11", "330400", "municipal", "statutoryAgency", "statutory", "0573-82535120", "0573-82535301"),
    "jx.zjj": ("嘉兴市住房和城乡建设局", "11", "330400", "municipal", "statutoryAgency", "statutory", "0573-82078526", None),
    "jx.jtj": ("嘉兴市交通运输局", "11", "330400", "municipal", "statutoryAgency", "statutory", "0573-82522670", None),
    "jx.sbzx": ("嘉兴市社会保险事业管理服务中心", "12", "330400", "municipal", "authorizedOrganization", "statutory", "0573-82815306", None),
    "jx.fy": ("嘉兴市妇幼保健院", "12", "330400", "municipal", "entrustedOrganization", "entrustedByPeer", "0573-82086230", "0573-82061018"),
    "jx.nhmz": ("嘉兴市南湖区民政局", "11", "330402", "county", "statutoryAgency", "statutory", "0573-82713652", None),
    # 太白
    "tb.wjj": ("太白县卫生健康局", "11", "610331", "county", "statutoryAgency", "statutory", "0917-4621352", "0917-4621507"),
    "tb.scjg": ("太白县市场监督管理局", "11", "610331", "county", "statutoryAgency", "statutory", "0917-4622315", "0917-4622318"),
    "tb.zjj": ("太白县住房和城乡建设局", "11", "610331", "county", "statutoryAgency", "statutory", "0917-4621986", None),
    "tb.sbzx": ("太白县社会保险经办中心", "12", "610331", "county", "authorizedOrganization", "statutory", "0917-4623162", None),
    "tb.fy": ("太白县妇幼保健计划生育服务中心", "12", "610331", "county", "entrustedOrganization", "entrustedByPeer", "0917-4621635", "0917-4621507"),
    "tb.mzj": ("太白县民政局", "11", "610331", "county", "statutoryAgency", "statutory", "0917-4621278", None),
    # 怒江
    "nj.wjw": ("怒江傈僳族自治州卫生健康委员会", "11", "533300", "municipal", "statutoryAgency", "statutory", "0886-3622361", "0886-3622305"),
    "nj.scjg": ("怒江傈僳族自治州市场监督管理局", "11", "533300", "municipal", "statutoryAgency", "statutory", "0886-3626315", None),
    "nj.zjj": ("怒江傈僳族自治州住房和城乡建设局", "11", "533300", "municipal", "statutoryAgency", "statutory", "0886-3621476", None),
    "nj.jtj": ("怒江傈僳族自治州交通运输局", "11", "533300", "municipal", "statutoryAgency", "statutory", "0886-3623158", None),
    "nj.sbzx": ("怒江傈僳族自治州社会保险中心", "12", "533300", "municipal", "authorizedOrganization", "statutory", "0886-3888612", None),
    "nj.fy": ("怒江傈僳族自治州妇幼保健院", "12", "533300", "municipal", "entrustedOrganization", "entrustedByPeer", "0886-3626720", "0886-3622305"),
    "nj.lsmz": ("泸水市民政局", "11", "533301", "county", "statutoryAgency", "statutory", "0886-3881245", None),
    # 东兴
    "dx.spj": ("内江市东兴区行政审批局", "11", "511011", "county", "statutoryAgency", "statutory", "0832-2198601", "0832-2198625"),
    "dx.wjj": ("内江市东兴区卫生健康局", "11", "511011", "county", "statutoryAgency", "statutory", "0832-2251370", None),
    "dx.sbzx": ("内江市东兴区社会保险事务中心", "12", "511011", "county", "authorizedOrganization", "statutory", "0832-2251826", None),
    "dx.fy": ("内江市东兴区妇幼保健计划生育服务中心", "12", "511011", "county", "entrustedOrganization", "entrustedByPeer", "0832-2268315", "0832-2251370"),
}

# Where some bodies receive applicants (default: the region's service centre)
AUTH_LOCATION = {
    "jx.sbzx": {"name": "嘉兴市社会保险服务大厅", "address": "浙江省嘉兴市南湖区中环南路1266号",
                "hours": "周一至周五 8:30-12:00, 13:30-17:00"},
    "jx.fy": {"name": "嘉兴市妇幼保健院出生医学证明签发窗口", "address": "浙江省嘉兴市南湖区中环东路2468号门诊楼一楼",
              "hours": "周一至周五 8:00-11:30, 13:30-17:00"},
    "jx.nhmz": {"name": "南湖区行政服务中心社会救助窗口", "address": "浙江省嘉兴市南湖区南溪东路318号",
                "hours": "周一至周五 8:30-12:00, 13:30-17:00"},
    "tb.fy": {"name": "太白县妇幼保健计划生育服务中心", "address": "陕西省宝鸡市太白县嘴头镇南大街28号",
              "hours": "周一至周五 8:30-12:00, 14:00-17:30"},
    "nj.fy": {"name": "怒江州妇幼保健院出生医学证明办理室", "address": "云南省怒江傈僳族自治州泸水市六库街道穿城路163号",
              "hours": "周一至周五 8:30-12:00, 14:30-17:30"},
    "nj.lsmz": {"name": "泸水市政务服务中心", "address": "云南省怒江傈僳族自治州泸水市六库街道团结路9号",
                "hours": "周一至周五 9:00-12:00, 14:30-17:30"},
    "dx.fy": {"name": "东兴区妇幼保健计划生育服务中心", "address": "四川省内江市东兴区新江路东段76号",
              "hours": "周一至周五 8:30-12:00, 14:00-17:30"},
}

# --------------------------------------------------------------------------
# Items: what is the same everywhere (the "basic" item)
# --------------------------------------------------------------------------
A = "administrativeLicensing"
ITEMS = {
    "pv": {
        "basicCode": "000123020000", "name": "公共场所卫生许可", "type": A,
        "legal": 20,
        "legalBasis": [("《公共场所卫生管理条例》", "第八条"), ("《公共场所卫生管理条例实施细则》", "第二十二条")],
        "serviceObjects": ["enterpriseLegalPerson", "unincorporatedEnterprise", "naturalPerson"],
        "conditions": ["申请人已取得营业执照或者其他主体资格证明",
                       "经营场所的选址、设计和装修符合《公共场所卫生管理条例实施细则》规定的卫生要求",
                       "设立卫生管理部门或者配备专（兼）职卫生管理人员"],
        "materials": {
            "app": ("公共场所卫生许可申请表", "original", "applicant"),
            "promise": ("公共场所卫生许可告知承诺书", "original", "applicant"),
            "lic": ("营业执照", "copy", "government"),
            "id": ("法定代表人或者负责人身份证明", "copy", "applicant"),
            "id_tb": ("法定代表人身份证明", "copy", "applicant"),
            "map": ("公共场所地址方位示意图", "original", "applicant"),
            "plan": ("公共场所平面布局图", "original", "applicant"),
            "facil": ("卫生设施布局图", "original", "applicant"),
            "planfacil": ("公共场所平面及卫生设施布局图", "original", "applicant"),
            "rules": ("公共场所卫生管理制度", "original", "applicant"),
            "health": ("从业人员健康合格证明", "copy", "other"),
            "staff": ("卫生管理人员名单及培训情况说明", "original", "applicant"),
            "test": ("公共场所卫生检测报告", "copy", "intermediary"),
        },
        "steps": [("受理", "政务服务中心综合受理窗口人员"), ("审查", "卫生许可审查人员"),
                  ("现场核查", "卫生监督员"), ("审批决定", "分管负责人"), ("制证发证", "政务服务中心发证窗口")],
        "visitReason": "核验法定代表人身份证明原件并领取许可证",
        "result": ("certificate", "公共场所卫生许可证", "P4Y"),
        "themes": ["医疗卫生", "开办企业"],
    },
    "drug": {
        "basicCode": "000172005000", "name": "药品零售企业许可", "type": A,
        "legal": 20,
        "legalBasis": [("《中华人民共和国药品管理法》", "第五十一条")],
        "serviceObjects": ["enterpriseLegalPerson", "unincorporatedEnterprise"],
        "conditions": ["具有依法经过资格认定的药师或者其他药学技术人员",
                       "具有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境",
                       "具有保证药品质量的规章制度和质量管理体系"],
        "materials": {
            "app": ("药品经营许可证申请表", "original", "applicant"),
            "lic": ("营业执照", "copy", "government"),
            "id": ("法定代表人、企业负责人、质量负责人身份证明", "copy", "applicant"),
            "qual": ("质量负责人执业药师注册证", "copy", "government"),
            "pharm": ("药学技术人员学历证书和职称证书", "copy", "applicant"),
            "site": ("经营场所和仓库的产权证明或者租赁协议", "copy", "applicant"),
            "layout": ("经营场所平面布置图", "original", "applicant"),
            "qms": ("药品质量管理文件目录", "original", "applicant"),
            "equip": ("主要设施设备目录", "original", "applicant"),
            "promise": ("申报材料真实性自我保证声明", "original", "applicant"),
            "chain": ("连锁总部统一配送协议", "copy", "applicant"),
        },
        "steps": [("受理", "政务服务中心市场监管窗口受理人员"), ("材料审查", "药品许可审查人员"),
                  ("现场检查", "药品检查员"), ("审批决定", "分管负责人"), ("制证送达", "政务服务中心发证窗口")],
        "visitReason": "现场检查时需核验质量负责人执业药师注册证原件",
        "result": ("certificate", "药品经营许可证", "P5Y"),
        "themes": ["药品监管", "开办企业"],
    },
    "build": {
        "basicCode": "000117006000", "name": "建筑工程施工许可证核发", "type": A,
        "legal": 7,
        "legalBasis": [("《中华人民共和国建筑法》", "第七条"), ("《建筑工程施工许可管理办法》", "第二条")],
        "serviceObjects": ["enterpriseLegalPerson", "publicInstitution", "administrativeOrgan", "otherOrganization"],
        "conditions": ["已经办理该建筑工程用地批准手续",
                       "依法应当办理建设工程规划许可证的，已经取得建设工程规划许可证",
                       "已经确定施工企业，有满足施工需要的资金安排、施工图纸及技术资料"],
        "materials": {
            "app": ("建筑工程施工许可申请表", "original", "applicant"),
            "land": ("建设工程规划许可证", "copy", "government"),
            "contract": ("建设工程施工合同", "copy", "applicant"),
            "supervise": ("建设工程监理合同", "copy", "applicant"),
            "funds": ("建设资金已经落实承诺书", "original", "applicant"),
            "safety": ("施工安全措施和安全生产条件说明", "original", "applicant"),
            "drawing": ("施工图设计文件审查合格书", "copy", "intermediary"),
            "bid": ("施工单位中标通知书", "copy", "applicant"),
            "site": ("施工场地已经基本具备施工条件的说明", "original", "applicant"),
            "landuse": ("不动产权证书或者土地使用证明文件", "copy", "government"),
        },
        "steps": [("受理", "政务服务中心工程建设窗口受理人员"), ("审查", "建筑管理科审查人员"),
                  ("现场踏勘", "建筑管理科核查人员"), ("审批决定", "分管负责人"), ("发证", "政务服务中心发证窗口")],
        "visitReason": "现场核验施工合同和规划许可证原件",
        "result": ("certificate", "建筑工程施工许可证", None),
        "themes": ["工程建设"],
    },
    "food": {
        "basicCode": "000171028000", "name": "食品经营许可", "type": A,
        "legal": 10,
        "legalBasis": [("《中华人民共和国食品安全法》", "第三十五条"), ("《食品经营许可和备案管理办法》", "第二条")],
        "serviceObjects": ["enterpriseLegalPerson", "unincorporatedEnterprise", "naturalPerson"],
        "conditions": ["具有与经营的食品品种、数量相适应的食品贮存、经营场所",
                       "具有与经营的食品品种、数量相适应的经营设备或者设施",
                       "有专职或者兼职的食品安全管理人员和保证食品安全的规章制度"],
        "materials": {
            "app": ("食品经营许可申请书", "original", "applicant"),
            "lic": ("营业执照", "copy", "government"),
            "id": ("法定代表人（负责人）身份证明", "copy", "applicant"),
            "layout": ("主要设备设施布局和操作流程文件", "original", "applicant"),
            "rules": ("食品安全自查、从业人员健康管理和进货查验记录制度", "original", "applicant"),
            "equip": ("主要设备设施清单", "original", "applicant"),
            "site": ("经营场所使用证明", "copy", "applicant"),
            "promise": ("食品经营许可告知承诺书", "original", "applicant"),
        },
        "steps": [("受理", "政务服务中心市场监管窗口受理人员"), ("审查", "食品许可审查人员"),
                  ("现场核查", "食品安全核查人员"), ("许可决定", "分管负责人"), ("制证送达", "政务服务中心发证窗口")],
        "visitReason": "提交纸质申请材料并领取许可证",
        "result": ("certificate", "食品经营许可证", "P5Y"),
        "themes": ["食品安全", "开办企业"],
    },
    "med": {
        "basicCode": "000123001000", "name": "医疗机构执业登记", "type": A,
        "legal": 45,
        "legalBasis": [("《医疗机构管理条例》", "第十五条"), ("《医疗机构管理条例实施细则》", "第二十五条")],
        "serviceObjects": ["enterpriseLegalPerson", "publicInstitution", "socialOrganization", "naturalPerson"],
        "conditions": ["已取得设置医疗机构批准书或者已完成设置备案",
                       "房屋、设备和人员符合国家医疗机构基本标准",
                       "有相应的规章制度和能够独立承担民事责任的资金"],
        "materials": {
            "app": ("医疗机构执业登记申请书", "original", "applicant"),
            "approval": ("设置医疗机构批准书", "copy", "government"),
            "site": ("医疗机构用房产权证明或者使用证明", "copy", "applicant"),
            "layout": ("医疗机构建筑设计平面图", "original", "applicant"),
            "staff": ("医务人员名单及其执业证书", "copy", "applicant"),
            "rules": ("医疗机构规章制度", "original", "applicant"),
            "equip": ("主要医疗设备清单", "original", "applicant"),
            "lead": ("法定代表人、主要负责人身份证明", "copy", "applicant"),
            "resp": ("主要负责人医师资格证书和医师执业证书", "copy", "applicant"),
            "waste": ("医疗废物集中处置协议", "copy", "applicant"),
            "fire": ("消防验收备案凭证", "copy", "government"),
            "check": ("医疗机构验收评审意见书", "original", "other"),
            "radiation": ("放射诊疗许可证", "copy", "government"),
        },
        "steps": [("受理", "政务服务中心卫生健康窗口受理人员"), ("审查", "医政医管审查人员"),
                  ("现场审核", "医政医管核查人员"), ("审批决定", "分管负责人"), ("发证", "政务服务中心发证窗口")],
        "visitReason": "现场审核时核验医务人员执业证书原件",
        "result": ("certificate", "医疗机构执业许可证", "P5Y"),
        "themes": ["医疗卫生"],
    },
    "nurse": {
        "basicCode": "000123006000", "name": "护士执业注册", "type": A,
        "legal": 20,
        "legalBasis": [("《护士条例》", "第七条"), ("《护士执业注册管理办法》", "第六条")],
        "serviceObjects": ["naturalPerson"],
        "conditions": ["具有完全民事行为能力",
                       "在中等职业学校、高等学校完成规定的普通全日制3年以上护理、助产专业课程学习，并取得相应学历证书",
                       "通过国务院卫生主管部门组织的护士执业资格考试",
                       "符合国务院卫生主管部门规定的健康标准"],
        "materials": {
            "app": ("护士执业注册申请审核表", "original", "applicant"),
            "id": ("申请人居民身份证", "copy", "applicant"),
            "edu": ("学历证书及临床实习证明", "copy", "applicant"),
            "exam": ("护士执业资格考试成绩合格证明", "copy", "government"),
            "health": ("指定医疗机构出具的6个月内健康体检证明", "original", "other"),
            "employ": ("医疗卫生机构拟聘用证明", "original", "other"),
            "photo": ("申请人近6个月二寸免冠正面半身照片", "original", "applicant"),
        },
        "steps": [("受理", "卫生健康窗口受理人员"), ("审核", "医政医管审核人员"),
                  ("信息核验", "医政医管审核人员"), ("注册决定", "分管负责人"), ("发证送达", "政务服务中心发证窗口")],
        "visitReason": "核验学历证书原件",
        "result": ("certificate", "护士执业证书", "P5Y"),
        "themes": ["医疗卫生", "职业资格"],
    },
    "ind": {
        "basicCode": "000771004000", "name": "个体工商户登记", "type": "administrativeConfirmation",
        "legal": 3,
        "legalBasis": [("《中华人民共和国市场主体登记管理条例》", "第三条"), ("《促进个体工商户发展条例》", "第八条")],
        "serviceObjects": ["naturalPerson"],
        "conditions": ["申请人为有经营能力的公民",
                       "申请登记的经营范围不属于法律、行政法规禁止进入的行业",
                       "经营场所符合当地有关规定"],
        "materials": {
            "app": ("个体工商户登记（备案）申请书", "original", "applicant"),
            "id": ("经营者身份证明", "copy", "applicant"),
            "site": ("经营场所使用证明", "copy", "applicant"),
            "photo": ("经营者一寸免冠照片", "original", "applicant"),
            "license": ("前置许可文件或者许可证件", "copy", "government"),
            "proxy": ("委托代理人身份证明及授权委托书", "original", "applicant"),
            "family": ("参加经营的家庭成员关系证明", "copy", "applicant"),
        },
        "steps": [("受理", "市场主体登记窗口受理人员"), ("审核", "登记审核人员"),
                  ("核查", "登记审核人员"), ("登记", "登记审核人员"), ("发照", "政务服务中心发证窗口")],
        "visitReason": "核验经营者身份证明原件并领取营业执照",
        "result": ("certificate", "个体工商户营业执照", None),
        "themes": ["开办企业", "市场主体登记"],
    },
    "pension": {
        "basicCode": "002015012000", "name": "城镇职工基本养老保险待遇申领", "type": "publicService",
        "legal": None,
        "legalBasis": [("《中华人民共和国社会保险法》", "第十六条")],
        "serviceObjects": ["naturalPerson"],
        "conditions": ["达到法定退休年龄并已办理退休手续",
                       "累计缴纳基本养老保险费满15年"],
        "materials": {
            "app": ("基本养老保险待遇申领表", "original", "applicant"),
            "id": ("申请人居民身份证或者社会保障卡", "original", "applicant"),
            "bank": ("本人银行账户信息", "copy", "applicant"),
            "archive": ("本人人事档案", "original", "other"),
            "proxy": ("代办人身份证明及授权委托书", "original", "applicant"),
        },
        "steps": [("申报受理", "社会保险经办窗口人员"), ("资格审核", "待遇审核岗"),
                  ("待遇核定", "待遇核定岗"), ("复核确认", "待遇复核岗"), ("待遇发放", "基金支付岗")],
        "visitReason": "核验本人身份并进行待遇领取资格认证",
        "result": ("other", "基本养老保险待遇核定表", None),
        "themes": ["社会保障", "退休"],
    },
    "birth": {
        "basicCode": "002023005000", "name": "出生医学证明办理", "type": "publicService",
        "legal": None,
        "legalBasis": [("《中华人民共和国母婴保健法》", "第二十三条")],
        "serviceObjects": ["naturalPerson"],
        "conditions": ["新生儿在本辖区依法取得助产技术服务资质的医疗机构出生",
                       "新生儿父母身份信息完整、准确"],
        "materials": {
            "app": ("出生医学证明首次签发登记表", "original", "applicant"),
            "parents": ("新生儿父母有效身份证件", "originalAndCopy", "applicant"),
            "record": ("医疗机构出具的新生儿分娩记录", "original", "other"),
            "marry": ("父母结婚证", "copy", "applicant"),
            "home": ("户口簿", "copy", "applicant"),
            "proxy": ("委托书及代理人身份证件", "original", "applicant"),
        },
        "steps": [("受理", "出生医学证明签发窗口人员"), ("信息核对", "签发人员"),
                  ("质控复核", "质控人员"), ("签发", "签发人员"), ("领取", "签发窗口人员")],
        "visitReason": "父母双方身份证件原件现场核验并签字确认",
        "result": ("certificate", "出生医学证明", None),
        "themes": ["生育收养", "户籍办理"],
    },
    "freight": {
        "basicCode": "000118013000", "name": "道路货物运输经营许可", "type": A,
        "legal": 20,
        "legalBasis": [("《中华人民共和国道路运输条例》", "第二十四条"), ("《道路货物运输及站场管理规定》", "第七条")],
        "serviceObjects": ["enterpriseLegalPerson", "unincorporatedEnterprise", "naturalPerson"],
        "conditions": ["有与其经营业务相适应并经检测合格的车辆",
                       "有符合《中华人民共和国道路运输条例》第二十二条规定条件的驾驶人员",
                       "有健全的安全生产管理制度"],
        "materials": {
            "app": ("道路货物运输经营申请表", "original", "applicant"),
            "id": ("负责人身份证明", "copy", "applicant"),
            "vehicle": ("拟投入车辆承诺书", "original", "applicant"),
            "driver": ("聘用或者拟聘用驾驶员的机动车驾驶证和从业资格证", "copy", "applicant"),
            "safety": ("安全生产管理制度文本", "original", "applicant"),
            "lic": ("营业执照", "copy", "government"),
            "proxy": ("经办人身份证明及委托书", "original", "applicant"),
        },
        "steps": [("受理", "政务服务中心交通运输窗口受理人员"), ("审查", "运输管理审查人员"),
                  ("现场核查", "运输管理核查人员"), ("许可决定", "分管负责人"), ("制证发证", "政务服务中心发证窗口")],
        "visitReason": "核验驾驶员从业资格证原件",
        "result": ("certificate", "道路运输经营许可证", "P4Y"),
        "themes": ["交通出行", "道路运输"],
    },
    "drain": {
        "basicCode": "000117014000", "name": "城镇污水排入排水管网许可", "type": A,
        "legal": 15,
        "legalBasis": [("《城镇排水与污水处理条例》", "第二十一条"), ("《城镇污水排入排水管网许可管理办法》", "第四条")],
        "serviceObjects": ["enterpriseLegalPerson", "publicInstitution", "unincorporatedEnterprise", "otherOrganization"],
        "conditions": ["排水户已接入城镇排水管网",
                       "污水排放符合国家和地方规定的排放标准",
                       "需要预处理的排水户已建设污水预处理设施和专用检测井"],
        "materials": {
            "app": ("城镇污水排入排水管网许可申请表", "original", "applicant"),
            "lic": ("营业执照", "copy", "government"),
            "id": ("法定代表人身份证明", "copy", "applicant"),
            "plan": ("排水户内部排水管网、专用检测井和污水排放口位置图纸", "original", "applicant"),
            "facility": ("污水预处理设施处理能力说明", "original", "applicant"),
            "water": ("排水水质检测报告", "copy", "intermediary"),
            "emergency": ("排水突发事件应急预案", "original", "applicant"),
            "promise": ("排水许可告知承诺书", "original", "applicant"),
        },
        "steps": [("受理", "政务服务中心工程建设窗口受理人员"), ("审查", "排水管理审查人员"),
                  ("现场核查", "排水管理核查人员"), ("许可决定", "分管负责人"), ("发证", "政务服务中心发证窗口")],
        "visitReason": "现场核查专用检测井设置情况时需申请人到场",
        "result": ("certificate", "城镇污水排入排水管网许可证", "P5Y"),
        "themes": ["工程建设", "生态环境"],
    },
    "poor": {
        "basicCode": "000514003000", "name": "特困人员救助供养", "type": "administrativePayment",
        "legal": 20,
        "legalBasis": [("《社会救助暂行办法》", "第十四条"), ("《特困人员认定办法》", "第十二条")],
        "serviceObjects": ["naturalPerson"],
        "conditions": ["无劳动能力",
                       "无生活来源",
                       "无法定赡养、抚养、扶养义务人，或者其法定义务人无履行义务能力",
                       "户籍在本辖区"],
        "materials": {
            "app": ("特困人员救助供养申请书", "original", "applicant"),
            "id": ("申请人居民身份证或者户口簿", "copy", "applicant"),
            "income": ("申请人收入和财产状况承诺书", "original", "applicant"),
            "auth": ("家庭经济状况核对授权书", "original", "applicant"),
            "village": ("村民委员会出具的家庭情况证明", "original", "other"),
            "disability": ("残疾人证", "copy", "government"),
        },
        "steps": [("申请受理", "乡镇人民政府（街道办事处）社会救助窗口"), ("入户调查", "乡镇人民政府（街道办事处）社会救助经办人员"),
                  ("审核", "乡镇人民政府（街道办事处）分管负责人"), ("审批决定", "民政部门审批人员"), ("发放供养证", "民政部门社会救助股")],
        "visitReason": "入户调查时需申请人在家配合核实",
        "result": ("certificate", "特困人员救助供养证", None),
        "themes": ["社会救助"],
    },
}

# --------------------------------------------------------------------------
# Per region: how each region implements the item (the non-uniform part)
# committed: working days (0 = immediate); mats: ordered (key, required) list;
# channels, depth, visits, steps; optional fee, intermediaries, special, notes.
# --------------------------------------------------------------------------
FULL = ["window", "online", "mobile", "post"]
TB_CH = ["window", "online"]               # 太白: no post
NJ_CH = ["window", "online", "mobile"]


def R(**kw):
    return kw


def req(*keys):
    return [(k, True) for k in keys]


def opt(*keys):
    return [(k, False) for k in keys]


IMPL = {
    "jiaxing": {
        "pv": R(auth="jx.wjw", committed=7, mats=req("app", "lic", "id", "map", "plan", "facil", "rules", "health", "staff"),
                channels=FULL, depth=4, visits=0, steps=4,
                special=[("other", "现场核查发现需要整改的，整改时间不计入承诺办结时限", (30, "calendarDays"))]),
        "drug": R(auth="jx.scjg", committed=5, mats=req("app", "id", "pharm", "site", "layout", "qms") + opt("chain"),
                  channels=FULL, depth=4, visits=0, steps=3),
        "build": R(auth="jx.zjj", committed=1, mats=req("app", "contract", "funds", "safety", "site"),
                   channels=FULL, depth=4, visits=0, steps=2),
        "food": R(auth="jx.scjg", committed=1, mats=req("app", "layout", "rules") + opt("promise"),
                  channels=FULL, depth=4, visits=0, steps=2),
        "med": R(auth="jx.wjw", committed=10, mats=req("app", "site", "layout", "staff", "rules", "equip", "lead", "waste") + opt("radiation"),
                 channels=FULL, depth=3, visits=1, steps=4),
        "nurse": R(auth="jx.wjw", source="delegatedFromAbove", committed=3, mats=req("app", "health", "employ"),
                   channels=FULL, depth=4, visits=0, steps=3),
        "ind": R(auth="jx.scjg", committed=0, mats=req("app", "id") + opt("proxy"),
                 channels=FULL + ["selfService"], depth=4, visits=0, steps=2),
        "pension": R(auth="jx.sbzx", committed=5, mats=req("id") + opt("proxy"),
                     channels=FULL, depth=4, visits=0, steps=3),
        "birth": R(auth="jx.fy", committed=0, mats=req("app", "parents"),
                   channels=["window", "online", "mobile"], depth=4, visits=0, steps=2,
                   extensions={"zjOneThing": {"name": "新生儿出生一件事", "bundledItems": ["出生医学证明办理", "户口登记", "城乡居民基本医疗保险参保登记", "社会保障卡申领"]},
                               "zjApp": "浙里办", "localItemCode": "330400-CS-0018"}),
        "freight": R(auth="jx.jtj", committed=3, mats=req("app", "id", "vehicle", "safety"),
                     channels=FULL, depth=4, visits=0, steps=3),
        "drain": R(auth="jx.zjj", committed=5, mats=req("app", "lic", "plan", "facility", "promise") + opt("emergency"),
                   channels=FULL, depth=4, visits=0, steps=4),
        "poor": R(auth="jx.nhmz", committed=10, mats=req("app", "income", "auth") + opt("disability"),
                  channels=FULL, depth=4, visits=0, steps=4,
                  special=[("other", "审核结果在申请人所在村（社区）公示", (7, "calendarDays"))]),
    },
    "taibai": {
        # 公共场所卫生许可 as published by 太白县: 即办件, 当场, 6 paper materials (2 optional), no post
        "pv": R(auth="tb.wjj", committed=0,
                mats=opt("promise", "app") + req("id_tb", "map", "planfacil", "rules"),
                channels=TB_CH, depth=2, visits=1, steps=3,
                serviceObjects=["enterpriseLegalPerson", "naturalPerson"],
                visitReason="提交纸质申请材料并当场领取许可证"),
        "drug": R(auth="tb.scjg", committed=15,
                  mats=req("app", "lic", "id", "qual", "pharm", "site", "layout", "qms", "equip", "promise") + opt("chain"),
                  channels=TB_CH, depth=2, visits=2, steps=5,
                  visitReason="首次提交纸质材料一次，现场检查后领取许可证一次",
                  special=[("extension", "情况复杂的，经本行政机关负责人批准可延长10个工作日", (10, "workingDays"))]),
        "build": R(auth="tb.zjj", committed=7,
                   mats=req("app", "land", "contract", "supervise", "funds", "safety", "drawing", "bid", "landuse"),
                   channels=TB_CH, depth=2, visits=2, steps=4,
                   visitReason="提交纸质材料一次，领取施工许可证一次",
                   intermediaries=[("施工图设计文件审查", "《建设工程质量管理条例》第十一条")],
                   special=[("extension", "情况复杂的，经本行政机关负责人批准可延长", (5, "workingDays"))]),
        "food": R(auth="tb.scjg", committed=10,
                  mats=req("app", "lic", "id", "layout", "rules", "equip", "site"),
                  channels=TB_CH, depth=2, visits=2, steps=5,
                  visitReason="提交纸质材料一次，现场核查后领取许可证一次"),
        "med": R(auth="tb.wjj", committed=30,
                 mats=req("app", "approval", "site", "layout", "staff", "rules", "equip", "lead", "resp", "waste", "fire", "check") + opt("radiation"),
                 channels=TB_CH, depth=2, visits=2, steps=5,
                 visitReason="提交纸质材料并核验原件一次，领取许可证一次",
                 fee=[("医疗机构执业许可证工本费", 10, "《陕西省行政事业性收费项目目录》证照工本费")],
                 special=[("other", "组织专家评审，所需时间不计入办理时限", (20, "calendarDays"))]),
        "nurse": R(auth="tb.wjj", source="delegatedFromAbove", committed=20,
                   mats=req("app", "id", "edu", "exam", "health", "employ") + opt("photo"),
                   channels=TB_CH, depth=2, visits=1, steps=4,
                   legalNote="《护士条例》第八条：20个工作日内"),
        "ind": R(auth="tb.scjg", committed=3, mats=req("app", "id", "site", "photo") + opt("license", "proxy"),
                 channels=TB_CH, depth=3, visits=1, steps=3),
        "pension": R(auth="tb.sbzx", committed=20, mats=req("app", "id", "bank", "archive") + opt("proxy"),
                     channels=TB_CH, depth=2, visits=1, steps=4),
        "birth": R(auth="tb.fy", committed=5, mats=req("app", "parents", "marry", "home") + opt("proxy"),
                   channels=["window"], depth=1, visits=2, steps=3,
                   visitReason="提交材料核验原件一次，签发后领取证明一次"),
        "poor": R(auth="tb.mzj", committed=20, mats=req("app", "id", "income", "auth", "village") + opt("disability"),
                  channels=TB_CH, depth=2, visits=1, steps=5,
                  special=[("other", "审核结果在申请人所在村（社区）公示", (7, "calendarDays"))]),
    },
    "nujiang": {
        # 公共场所卫生许可 as published by 怒江州卫健委: municipal, 1 working day, depth 3, no fee, 1 visit
        "pv": R(auth="nj.wjw", committed=1, mats=req("app", "id", "map", "planfacil", "rules") + opt("promise"),
                channels=NJ_CH, depth=3, visits=1, steps=3,
                visitReason="网上预审通过后到窗口核验材料原件（材料核验）",
                special=[("extension", "情况复杂的，经本行政机关负责人批准可延长10个工作日", (10, "workingDays"))]),
        "drug": R(auth="nj.scjg", committed=10, mats=req("app", "lic", "id", "pharm", "site", "layout", "qms", "equip") + opt("chain"),
                  channels=NJ_CH, depth=3, visits=1, steps=4),
        "build": R(auth="nj.zjj", committed=5, mats=req("app", "land", "contract", "supervise", "funds", "safety", "site"),
                   channels=NJ_CH, depth=3, visits=1, steps=3),
        "food": R(auth="nj.scjg", committed=5, mats=req("app", "id", "layout", "rules", "equip"),
                  channels=NJ_CH, depth=3, visits=1, steps=4),
        "med": R(auth="nj.wjw", committed=20, mats=req("app", "approval", "site", "layout", "staff", "rules", "equip", "lead", "resp", "waste") + opt("radiation"),
                 channels=NJ_CH, depth=3, visits=1, steps=4,
                 special=[("other", "组织专家评审，所需时间不计入办理时限", (20, "calendarDays"))]),
        "nurse": R(auth="nj.wjw", source="delegatedFromAbove", committed=10, mats=req("app", "id", "edu", "health", "employ"),
                   channels=NJ_CH, depth=3, visits=1, steps=3),
        "ind": R(auth="nj.scjg", committed=1, mats=req("app", "id", "site") + opt("license", "proxy"),
                 channels=NJ_CH, depth=3, visits=1, steps=3),
        "pension": R(auth="nj.sbzx", committed=15, mats=req("app", "id", "bank") + opt("proxy"),
                     channels=NJ_CH, depth=3, visits=1, steps=4),
        "birth": R(auth="nj.fy", committed=3, mats=req("app", "parents", "record") + opt("proxy"),
                   channels=["window", "online"], depth=2, visits=1, steps=3),
        "freight": R(auth="nj.jtj", committed=10, mats=req("app", "id", "vehicle", "driver", "safety", "lic") + opt("proxy"),
                     channels=NJ_CH, depth=3, visits=1, steps=4),
        "poor": R(auth="nj.lsmz", committed=15, mats=req("app", "id", "income", "auth") + opt("disability"),
                  channels=NJ_CH, depth=3, visits=1, steps=4,
                  special=[("other", "审核结果在申请人所在村（社区）公示", (7, "calendarDays"))]),
    },
    "dongxing": {
        "pv": R(auth="dx.spj", committed=3, mats=req("app", "id", "map", "planfacil", "rules", "test") + opt("lic"),
                channels=FULL, depth=3, visits=1, steps=4,
                intermediaries=[("公共场所卫生检测", "《公共场所卫生管理条例实施细则》第二十二条")],
                special=[("other", "现场核查发现需要整改的，整改时间不计入承诺办结时限", (20, "calendarDays"))]),
        "drug": R(auth="dx.spj", committed=1, mats=req("app", "id", "pharm", "site", "qms") + opt("chain"),
                  channels=FULL, depth=3, visits=1, steps=3),
        "build": R(auth="dx.spj", committed=3, mats=req("app", "land", "contract", "funds", "safety", "site"),
                   channels=FULL, depth=3, visits=1, steps=3),
        "food": R(auth="dx.spj", committed=3, mats=req("app", "id", "layout", "rules") + opt("promise"),
                  channels=FULL, depth=3, visits=1, steps=3),
        "med": R(auth="dx.spj", committed=15, mats=req("app", "site", "layout", "staff", "rules", "equip", "lead", "resp", "waste") + opt("radiation"),
                 channels=FULL, depth=3, visits=1, steps=4),
        "nurse": R(auth="dx.wjj", source="delegatedFromAbove", committed=5, mats=req("app", "edu", "health", "employ"),
                   channels=FULL, depth=4, visits=0, steps=3),
        "ind": R(auth="dx.spj", committed=0, mats=req("app", "id", "site") + opt("family", "proxy"),
                 channels=FULL, depth=4, visits=0, steps=2),
        "pension": R(auth="dx.sbzx", committed=10, mats=req("app", "id") + opt("proxy"),
                     channels=FULL, depth=4, visits=0, steps=3),
        "birth": R(auth="dx.fy", committed=1, mats=req("app", "parents", "record") + opt("proxy"),
                   channels=["window", "online", "mobile"], depth=3, visits=1, steps=2),
        "freight": R(auth="dx.spj", committed=5, mats=req("app", "id", "vehicle", "driver", "safety") + opt("proxy"),
                     channels=FULL, depth=3, visits=1, steps=3,
                     extensions={"scTianfuCode": "天府通办-交通运输-0317", "acceptanceCounter": "东兴区政务服务中心二楼12号窗口"}),
        "drain": R(auth="dx.spj", committed=10, mats=req("app", "lic", "id", "plan", "facility", "water", "emergency"),
                   channels=FULL, depth=3, visits=1, steps=4,
                   intermediaries=[("排水水质检测", "《城镇污水排入排水管网许可管理办法》第八条")]),
    },
}

ITEM_ORDER = ["pv", "drug", "build", "food", "med", "nurse", "ind", "pension", "birth", "freight", "drain", "poor"]
MEDIUM = {"jiaxing": "electronic", "taibai": "paper", "nujiang": "paperAndElectronic", "dongxing": "paperAndElectronic"}
QUANTITY = {"jiaxing": "无数量限制", "taibai": "无", "nujiang": "无数量限制", "dongxing": "无"}
STEP_PICK = {2: [0, 3], 3: [0, 1, 3], 4: [0, 1, 2, 3], 5: [0, 1, 2, 3, 4]}


def step_limits(committed, k):
    """Time limits for k steps summing to the committed limit (working days)."""
    if committed == 0:
        return [{"value": 0, "unit": "immediate"}] * k
    if committed >= k:
        rest = committed - 1
        parts = [1] + [rest // (k - 1)] * (k - 1)
        for i in range(rest % (k - 1)):
            parts[1 + i] += 1
        return [{"value": p, "unit": "workingDays"} for p in parts]
    hours = committed * 8
    parts = [hours // k] * k
    for i in range(hours % k):
        parts[1 + i % (k - 1)] += 1
    return [{"value": p, "unit": "hours"} for p in parts]


def tl(value, unit, note=None):
    d = {"value": value, "unit": unit}
    if note:
        d["note"] = note
    return d


def build_item(region_key, item_key):
    it = ITEMS[item_key]
    im = IMPL[region_key][item_key]
    a_name, a_kind, a_div, a_level, a_nature, a_source, phone, complaint = AUTH[im["auth"]]
    a_credit = credit_code(a_name, a_kind, a_div)
    committed = im["committed"]

    authority = {
        "name": a_name,
        "creditCode": a_credit,
        "nature": a_nature,
        "level": a_level,
        "source": im.get("source", a_source),
        "legalBasis": [{"title": t, "article": art} for t, art in it["legalBasis"]],
    }
    time_limits = {}
    if it["legal"] is not None:
        time_limits["legal"] = tl(it["legal"], "workingDays", im.get("legalNote"))
    time_limits["committed"] = tl(0, "immediate") if committed == 0 else tl(committed, "workingDays")

    k = im["steps"]
    limits = step_limits(committed, k)
    steps = []
    for idx, lim in zip(STEP_PICK[k], limits):
        name, actor = it["steps"][idx]
        if k == 2 and idx == 3:
            name = "审核办结" if it["type"] in ("publicService", "administrativeConfirmation") else "审查决定"
        steps.append({"name": name, "actor": actor, "timeLimit": lim})
    process = {"steps": steps}
    if im.get("special"):
        process["specialProcedures"] = [
            {"kind": kind, "description": desc, "timeLimit": tl(v, u)} for kind, desc, (v, u) in im["special"]]

    materials = []
    for key, required in im["mats"]:
        name, form, source = it["materials"][key]
        medium = MEDIUM[region_key]
        if source == "government" and region_key == "jiaxing":
            medium = "electronic"   # 证照共享
        materials.append({"name": name, "required": required, "form": form, "medium": medium,
                          "copies": 1, "source": source})

    if im.get("fee"):
        fees = {"charged": True, "items": [{"name": n, "amount": amt, "basis": b} for n, amt, b in im["fee"]]}
    else:
        fees = {"charged": False}

    guide = {
        "acceptanceConditions": list(it["conditions"]),
        "materials": materials,
        "fees": fees,
        "channels": list(im["channels"]),
        "onlineDepth": im["depth"],
        "onsiteVisits": im["visits"],
    }
    if im["visits"] > 0:
        guide["onsiteVisitReason"] = im.get("visitReason", it["visitReason"])
    guide["locations"] = [dict(AUTH_LOCATION.get(im["auth"], REGIONS[region_key]["center"]))]
    guide["intermediaryServices"] = [{"name": n, "basis": b} for n, b in im.get("intermediaries", [])]
    rtype, rname, validity = it["result"]
    result = {"type": rtype, "name": rname}
    if validity:
        result["validity"] = validity
    guide["result"] = result
    guide["quantityLimit"] = QUANTITY[region_key]

    complaints = [{"phone": complaint}] if complaint else []
    complaints.append({"phone": "12345"})
    item = {
        "basicCode": it["basicCode"],
        "implementationCode": a_credit + LEVEL_DIGIT[a_level] + it["basicCode"],
        "name": it["name"],
        "type": it["type"],
        "status": "active",
        "authority": authority,
        "serviceObjects": list(im.get("serviceObjects", it["serviceObjects"])),
        "handlingType": "immediate" if committed == 0 else "promised",
        "timeLimits": time_limits,
        "process": process,
        "guide": guide,
        "contacts": {"consultation": [{"phone": phone}], "complaint": complaints},
        "themes": list(it["themes"]),
    }
    if im.get("extensions"):
        item["extensions"] = im["extensions"]
    return item


def build():
    """Returns {file name: document}."""
    docs = {}
    for rk in ORDER:
        r = REGIONS[rk]
        dname, dkind, ddiv = r["department"]
        docs[r["file"]] = {
            "schemaVersion": "1.0",
            "region": {"code": r["code"], "name": r["name"]},
            "department": {"name": dname, "creditCode": credit_code(dname, dkind, ddiv)},
            "publishedOn": r["publishedOn"],
            "items": [build_item(rk, ik) for ik in ITEM_ORDER if ik in IMPL[rk]],
        }
    return docs


# --------------------------------------------------------------------------
# Tiny YAML emitter (block style; flow style for short scalar maps/lists)
# --------------------------------------------------------------------------
ALWAYS_QUOTE_KEYS = {"basicCode", "implementationCode", "creditCode", "code", "phone", "schemaVersion", "publishedOn"}
_PLAIN_RISK = re.compile(
    r"""^(?:[-?:,\[\]{}#&*!|>'"%@`\s]|$)"""          # leading indicator / empty
    r"""|[\s]$"""                                       # trailing space
    r"""|: |\s#|:$"""                                   # mapping / comment markers
    r"""|[,\[\]{}\n\t\r]""")                             # flow indicators, control chars
_NUMBERISH = re.compile(r"^[-+.]?\d|^(?:\.inf|\.nan|[-+]\.inf)$", re.I)
_KEYWORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}


def yaml_scalar(v, key=None):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if v is None:
        return "null"
    s = str(v)
    if (key in ALWAYS_QUOTE_KEYS or _PLAIN_RISK.search(s) or _NUMBERISH.search(s)
            or s.lower() in _KEYWORDS or re.match(r"^\d{4}-\d\d-\d\d", s)):
        return json.dumps(s, ensure_ascii=False)
    return s


def _is_scalar(v):
    return not isinstance(v, (dict, list))


def _flow_ok(v):
    if isinstance(v, list):
        return all(_is_scalar(x) for x in v) and len(v) > 0
    if isinstance(v, dict):
        return 0 < len(v) <= 3 and all(_is_scalar(x) for x in v.values())
    return False


def _flow(v, key=None):
    if isinstance(v, list):
        return "[" + ", ".join(yaml_scalar(x, key) for x in v) + "]"
    return "{ " + ", ".join(f"{k}: {yaml_scalar(x, k)}" for k, x in v.items()) + " }"


def emit(v, indent=0, key=None):
    """Lines for value v nested at the given indent (v is a dict or list)."""
    pad = " " * indent
    lines = []
    if isinstance(v, dict):
        for k, x in v.items():
            if _is_scalar(x):
                lines.append(f"{pad}{k}: {yaml_scalar(x, k)}")
            elif len(x) == 0:
                lines.append(f"{pad}{k}: {'[]' if isinstance(x, list) else '{}'}")
            elif _flow_ok(x) and (isinstance(x, list) or k in ("timeLimit", "legal", "committed", "result")) \
                    and len(_flow(x, k)) <= 72:
                lines.append(f"{pad}{k}: {_flow(x, k)}")
            else:
                lines.append(f"{pad}{k}:")
                lines.extend(emit(x, indent + 2, k))
    else:
        for x in v:
            if _is_scalar(x):
                lines.append(f"{pad}- {yaml_scalar(x, key)}")
            elif isinstance(x, dict) and len(x) == 1 and _is_scalar(next(iter(x.values()))):
                (k, y), = x.items()
                lines.append(f"{pad}- {{ {k}: {yaml_scalar(y, k)} }}")
            else:
                sub = emit(x, indent + 2, key)
                sub[0] = pad + "- " + sub[0][indent + 2:]
                lines.extend(sub)
    return lines


def to_yaml(doc, comment):
    head = [f"# {comment}"] if comment else []
    return "\n".join(head + emit(doc)) + "\n"


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for rk in ORDER:
        r = REGIONS[rk]
        doc = build()[r["file"]]
        path = os.path.join(OUT_DIR, r["file"])
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            if path.endswith(".json"):
                json.dump(doc, f, ensure_ascii=False, indent=2)
                f.write("\n")
            else:
                f.write(to_yaml(doc, r["comment"]))
        print(f"wrote {os.path.relpath(path, os.path.join(HERE, '..', '..'))}: {len(doc['items'])} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
