using System.CommandLine;
using System.Text;
using System.Text.Json;
using ServiceStandard.Schema;
using ServiceStandard.Validation;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>svcstd init [FOLDER]</c>: writes a starter inventory (<see cref="InventoryFileName"/>, one valid item, its first line
/// attaching the published schema for editors) and a rule-set file (<see cref="RuleSet.FileName"/>). Overwrites nothing:
/// exit 2 when either file exists.
/// </summary>
internal static class InitCommand
{
    /// <summary>The starter inventory's name: matched by the SchemaStore entry's <c>事项清单*.yaml</c> (docs/schemastore-entry.json).</summary>
    public const string InventoryFileName = "事项清单.yaml";

    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("FOLDER") { Description = context.Help("init_folder"), DefaultValueFactory = _ => "." };
        var command = new Command("init", context.Help("init", InventoryFileName, RuleSet.FileName)) { folder };
        command.WithExamples(context, "init");
        command.SetAction(parse =>
        {
            var target = parse.GetValue(folder)!;
            var files = new[] { (Path.Combine(target, InventoryFileName), Inventory()), (Path.Combine(target, RuleSet.FileName), RuleSetText) };
            var existing = files.Where(f => File.Exists(f.Item1) || Directory.Exists(f.Item1)).ToArray();
            foreach (var (path, _) in existing)
            {
                context.Report("InitWouldOverwrite", path);
            }

            if (existing.Length > 0)
            {
                return CliApplication.Failure;
            }

            try
            {
                Directory.CreateDirectory(target);
                foreach (var (path, text) in files)
                {
                    using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                    stream.Write(new UTF8Encoding(false).GetBytes(text));
                    context.Output.WriteLine(CliText.Get(context.Culture, "InitWrote", TerminalText.Safe(path)));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                context.Report("CannotWrite", target, exception.Message);
                return CliApplication.Failure;
            }

            context.Output.WriteLine(CliText.Get(context.Culture, "InitNext", TerminalText.Safe(target)));
            return CliApplication.Success;
        });
        return command;
    }

    /// <summary>The <c>$id</c> of the newest published schema, as the schema file carries it.</summary>
    internal static string SchemaId()
    {
        using var schema = JsonDocument.Parse(InventorySchema.Published(InventorySchema.FormatVersion));
        return schema.RootElement.GetProperty("$id").GetString()!;
    }

    /// <summary>The starter inventory: the schema line, then one item that validates with no finding.</summary>
    internal static string Inventory() => $$"""
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

    /// <summary>The starter rule set: every rule at its default severity, two settings shown as comments.</summary>
    internal const string RuleSetText = """
        # svcstd 规则集：对本文件夹及其子文件夹中的清单生效（svcstd validate 从每个文件向上查找最近的 .svcstd.yaml）。
        # 按规则代码设定严重程度：error | warning | info | off。加载规则（SS10xx）不能更改。规则代码见 README 的 Rules 一节。
        # 例如：
        #   SS5105: off       # 材料名称笼统：本地人工审核
        #   SS7103: error     # 电话号码格式错误时不得发布
        rules: {}

        """;
}
