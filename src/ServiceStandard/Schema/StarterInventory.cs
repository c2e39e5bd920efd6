using System.Text.Json;

namespace ServiceStandard.Schema;

/// <summary>
/// The starter inventory <c>svcstd init</c> writes: a YAML file whose first line attaches the newest published schema
/// for editors, then one item (太白县, 公共场所卫生许可) that validates with no finding, its comments in Chinese saying
/// what to replace.
/// </summary>
public static class StarterInventory
{
    /// <summary>The starter inventory's file name, <c>事项清单.yaml</c>: matched by the SchemaStore entry's <c>事项清单*.yaml</c>.</summary>
    public const string FileName = "事项清单.yaml";

    /// <summary>The <c>$id</c> of the newest published schema, as the schema file carries it.</summary>
    private static string SchemaId()
    {
        using var schema = JsonDocument.Parse(InventorySchema.Published(InventorySchema.FormatVersion));
        return schema.RootElement.GetProperty("$id").GetString()!;
    }

    /// <summary>The starter inventory: the schema line (so that an editor completes and checks it), then one item that validates with no finding.</summary>
    public static string Text() => $$"""
        # yaml-language-server: $schema={{SchemaId()}}
        # 政务服务事项清单（svcstd init 生成的起步模板）。第一行让编辑器（如 VS Code 的 YAML 扩展）按 JSON Schema 补全和检查。
        # 把示例值换成本地区、本部门的实际内容，再运行：svcstd validate .
        schemaVersion: "{{InventorySchema.FormatVersion}}"
        region:
          code: "610331"                    # GB/T 2260 行政区划代码（6 位）
          name: 太白县
        department:
          name: 太白县行政审批服务局
        publishedOn: "2026-01-20"
        items:
          - basicCode: "000123020000"       # 基本编码（12 位）
            name: 公共场所卫生许可
            type: administrativeLicensing   # 事项类型
            status: active
            authority:
              name: 太白县卫生健康局
              nature: statutoryAgency
              level: county
              source: statutory
              legalBasis:
                - title: 《公共场所卫生管理条例》
                  article: 第八条
            serviceObjects: [enterpriseLegalPerson, naturalPerson]
            handlingType: immediate         # 即办件
            timeLimits:
              legal: { value: 20, unit: workingDays }
              committed: { value: 0, unit: immediate }
            process:
              steps:
                - name: 受理
                  actor: 政务服务中心综合受理窗口人员
                  timeLimit: { value: 0, unit: immediate }
                - name: 审批决定
                  actor: 分管负责人
                  timeLimit: { value: 0, unit: immediate }
            guide:
              acceptanceConditions:
                - 申请人已取得营业执照或者其他主体资格证明
              materials:
                - name: 公共场所卫生许可申请表
                  required: true
                  form: original
                  medium: paper
                  copies: 1
                  source: applicant
              fees:
                charged: false
              channels: [window, online]
              onlineDepth: 2
              onsiteVisits: 1
              onsiteVisitReason: 提交纸质申请材料并当场领取许可证
              locations:
                - name: 太白县政务服务中心
                  address: 陕西省宝鸡市太白县嘴头镇太白中街12号
                  hours: "周一至周五 8:30-12:00, 14:00-17:30"
              result: { type: certificate, name: 公共场所卫生许可证, validity: P4Y }
            contacts:
              consultation:
                - { phone: "0917-4621352" }
              complaint:
                - { phone: "12345" }

        """;
}
