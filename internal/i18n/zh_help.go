package i18n

// zhHelp: the CLI's help: commands' descriptions, flags' usage, and the
// help's own headings, and the errors of a command line cobra parses.
var zhHelp = map[string]string{
	"File a claim: disclose only the facts the policy needs, sealed to the term's notaries": "提交理赔申请：只披露社区规则所需的事实，并加密给本届公证人",
	`File a claim for AMOUNT tokens with a medical credential kept in the wallet. The claim
reveals the facts every claim must show (event_id, diagnosis_category, diagnosis_date,
treatment_cost, currency) and any you add with --disclose; every other fact stays hidden.
What every credential shows is always seen: its issuer (iss, and the key that signed it),
its dates (iat, exp), its type (vct) and the wallet it is bound to (cnf). You see exactly
what the notaries will see before you confirm. The presentation is bound to
this community and this claim, sealed (HPKE, X-Wing) to every seated notary of the current
term, and filed; only the envelope's hash is kept on chain.

Refused before anything is sent: an amount above the community's cap or the treatment
cost, a cost in another currency, a credential that is not yours, has expired or is of a
type the community does not accept, a member still in the waiting period or with an open
claim, a notary who has published no key.
The revealed values are shown only at a terminal.`: `用钱包中的医疗凭证提交金额为 AMOUNT 代币的理赔申请。申请会披露每份理赔申请都须出示的事实（event_id、diagnosis_category、diagnosis_date、treatment_cost、currency）以及你用 --disclose 添加的事实；其他事实一概隐藏。每份凭证都会出示的内容总会被看到：签发机构（iss，以及签名的密钥）、日期（iat、exp）、类型（vct）和凭证绑定的钱包（cnf）。确认之前，你会看到公证人将看到的全部内容。出示内容绑定到本社区和这份理赔申请，加密（HPKE，X-Wing）给本届每位在任公证人后提交；链上只保存信封的哈希。

以下情况在发送任何内容之前即被拒绝：金额超过社区上限或治疗费用、费用使用其他币种、凭证不属于你、已过期或不是社区接受的类型、成员仍在等待期内或已有审核中的理赔申请、有公证人尚未公布密钥。披露的具体数值只在终端上显示。`,
	"the credential's `ID` (or a unique prefix) as huzhu credential list shows it; default: the only one": "凭证的 `ID`（或唯一前缀），即 huzhu credential list 所示；默认：唯一的那个凭证",
	"tokens to ask for (at most the treatment cost and the community's cap)":                              "申请的代币数额（不超过治疗费用和社区上限）",
	"facts to reveal besides the required ones (e.g. hospital)":                                           "除必需事实之外还要披露的事实（例如 hospital）",
	"For members: file claims sealed to the notaries, and follow them":                                    "供成员使用：提交加密给公证人的理赔申请，并跟进进度",
	"List the community's claims (of one member with --member), from the chain's events":                  "根据链上事件列出社区的理赔申请（用 --member 只看某位成员的）",
	"only this member's claims (an address or a wallet account name)":                                     "只看这位成员的理赔申请（地址或钱包账户名）",
	"Pay approved claims waiting for the pool, in approval order, as far as the pool covers them":         "按批准顺序支付等待资金池的已批准理赔申请，以资金池余额为限",
	"Mark a claim left undecided past its review window as expired (anyone may)":                          "将超过审核期仍未决定的理赔申请标记为已过期（任何人都可操作）",
	"first-term notaries: addresses or account names, comma-separated (required)":                         "首届公证人：地址或账户名，以逗号分隔（必填）",
	"covered diagnosis categories, comma-separated":                                                       "保障的诊断类别，以逗号分隔",
	"ISO 4217 code of the currency dues and payouts are reckoned in":                                      "会费和赔付计价币种的 ISO 4217 代码",
	"Create a community and read its rules and state":                                                     "创建社区，查看其规则和状态",
	"Show the community's rules and current state":                                                        "查看社区的规则和当前状态",
	"ERC-20 for dues and payouts (default: dev KBC, or a new KBC)":                                        "用于会费和赔付的 ERC-20 代币（默认：开发用 KBC，或新部署的 KBC）",
	"dues per coverage period, in tokens":                                                                 "每个缴费周期的会费，以代币计",
	"coverage period":                                                                                     "缴费周期（每期会费的保障时长）",
	"waiting period from joining until claims are allowed":                                                "从加入到可以申请理赔的等待期",
	"grace after coverage ends in which renewal keeps the join date":                                      "保障期结束后的宽限期，期内续费可保留加入日期",
	"most a claim may ask, in tokens":                                                                     "单笔理赔申请可申请的最高金额，以代币计",
	"notaries per term":                                                                                   "每届公证人人数",
	"approvals that decide a claim":                                                                       "决定一份理赔申请所需的批准票数（法定人数）",
	"notary term length":                                                                                  "公证人任期长度",
	"time notaries have to decide a claim":                                                                "公证人决定一份理赔申请的期限",
	"State the pool's balance on chain, explaining tokens sent to it by plain transfer":                   "在链上记录资金池余额，为以普通转账转入的代币作出说明",
	`Call the community's sync(): it emits the pool's token balance, so that tokens sent
to the contract by a plain transfer (not dues, not a donation) are explained by an event
and the audit passes again. Anyone may call it; it moves no tokens.`: "调用社区合约的 sync()：它发出资金池的代币余额事件，使以普通转账（既非会费也非捐赠）转入合约的代币有事件可以说明，审计便能再次通过。任何人都可以调用；它不转移任何代币。",
	"Recompute the pool from the community's events alone and compare it with its token balance": "仅凭社区的事件重新计算资金池，并与其代币余额比较",
	`Recompute the pool from the community contract's events alone (dues, donations,
payouts, sync snapshots) and compare it with the token balance the contract holds, both
at the latest block. Prints PASS, or the first discrepancy and exits 3.`: "仅凭社区合约的事件（会费、捐赠、赔付、sync 快照）重新计算资金池，并与合约在最新区块持有的代币余额比较。输出“通过”，或输出第一处不符并以退出码 3 结束。",
	"Every movement of the pool, from the community's events": "资金池的每一笔变动，来自社区的事件",
	`Every movement of the pool, oldest first, from the community contract's events: dues
(with who paid for which member), donations, claim payouts, and sync snapshots (the
amount a snapshot shows beyond what the events before it explain), each with block,
time, transaction, amount (negative when it leaves the pool) and the running balance.

--csv writes RFC 4180 CSV with a header row.`: `资金池的每一笔变动，按时间从早到晚，来自社区合约的事件：会费（含谁为哪位成员缴纳）、捐赠、赔付和 sync 快照（快照显示的、超出此前事件所能说明的金额），每笔附区块、时间、交易、金额（离开资金池时为负）和累计余额。

--csv 输出带表头行的 RFC 4180 CSV。`,
	"write CSV (RFC 4180) with a header row":                                        "输出带表头行的 CSV（RFC 4180）",
	"Members, pool, dues, claims and notaries, rebuilt from the community's events": "成员、资金池、会费、理赔申请和公证人，由社区的事件重建",
	`Statistics rebuilt from the community contract's events alone: active members (coverage
not ended at chain time) and members ever, the pool, dues per coverage period since
creation, claims filed, approved, paid, queued, rejected, expired and open (an open claim
past its review window counts as expired), total and average payout, cost per member per
period (paid out / periods of coverage bought), loss ratio (paid out / dues), notary
participation (votes cast / claims of their terms) and the median time to a decision.

Logs already read are kept in the data dir's cache, so a second run reads only new blocks.`: `仅凭社区合约的事件重建的统计：有效成员（按链上时间保障期未结束）和历史成员总数、资金池、自创建以来每个缴费周期的会费、理赔申请的提交、批准、支付、排队、拒绝、过期和未决数量（超过审核期的未决申请计为过期）、赔付总额和平均赔付、每位成员每期的成本（赔付 / 所购成员期数）、赔付率（赔付 / 会费）、公证人参与度（所投票数 / 其任期内的理赔申请数），以及决定时间中位数。

已读取的日志保存在数据目录的缓存中，因此再次运行只读取新区块。`,
	"List your credentials (issuer and dates; facts stay in `show`)":                             "列出你的凭证（签发机构和日期；事实内容用 `show` 查看）",
	"For members: medical credentials bound to your wallet key":                                  "供成员使用：与你的钱包密钥绑定的医疗凭证",
	"Show every fact of one of your credentials (only you see this)":                             "查看你某个凭证的全部事实（只有你能看到）",
	"Verify any SD-JWT / SD-JWT VC; print its disclosed claims (exit 3 with the rule it breaks)": "验证任意 SD-JWT / SD-JWT VC；输出其披露的声明（违反规则时以退出码 3 结束并指出规则）",
	"the issuer's public JWK (file, or - for stdin)":                                             "签发机构的公开 JWK（文件，或 - 表示标准输入）",
	"require a Key Binding JWT with this aud":                                                    "要求带有此 aud 的 Key Binding JWT",
	"require a Key Binding JWT with this nonce":                                                  "要求带有此 nonce 的 Key Binding JWT",
	"Print your holder request for a hospital: your wallet's public key, with proof you hold it": "输出交给医院的持有人请求：你钱包的公钥，以及你持有该密钥的证明",
	"Check a credential (issuer signature, bound to your key) and keep it encrypted":             "检查凭证（签发机构签名、是否绑定你的密钥）并加密保存",
	"Move the chain clock forward, e.g. 90d, 12h, 30m (huzhu dev chains only)":                   "将链上时钟向前拨，例如 90d、12h、30m（仅限 huzhu 开发链）",
	`Move the embedded chain's clock forward by sealing an empty block that much later,
to try waiting periods, review windows and terms without waiting. Blocks keep their
timestamps, so the jump survives restarts.`: "通过在相应时长之后封装一个空区块，将内嵌链的时钟向前拨，从而无需真正等待即可试用等待期、审核期和任期。区块保留各自的时间戳，因此重启后时间跳跃依然有效。",
	"Dev-chain tools: move the clock": "开发链工具：拨动时钟",
	"Vote for up to as many candidates as there are seats; voting again replaces your ballot": "为候选人投票，人数最多与席位数相同；再次投票会替换你的选票",
	`Cast your ballot in the running election for the candidates named (addresses or wallet
account names), at most one per notary seat. Voting again replaces your last ballot: its
votes are taken back and the new picks counted. Voting needs a member past the waiting
period whose coverage runs beyond the election's close.`: "在进行中的选举里为指定的候选人（地址或钱包账户名）投出你的选票，每个公证人席位最多一人。再次投票会替换你上一张选票：原选票作废，改计新选的候选人。投票的成员须已过等待期，且其保障期持续到选举结束之后。",
	"Leave the running election for good (you may stand again in the next one)":                          "永久退出进行中的选举（下一次选举仍可参选）",
	"Close the election once it can close, seating the leading candidates as the next term":              "在选举可以结束时结束选举，由领先的候选人出任下一届公证人",
	"Put a running candidate who is off the leaderboard onto it (anyone may)":                            "将不在排行榜上的在选候选人推上排行榜（任何人都可操作）",
	"Give up your notary seat in the sitting term":                                                       "辞去你在本届任期的公证人席位",
	"Show the running election: candidates and votes, your ballot, when it closes, the sitting notaries": "查看进行中的选举：候选人和票数、你的选票、结束时间、在任公证人",
	"Stand for the next notary term, publishing a new HPKE key for claim envelopes":                      "参选下一届公证人，并为理赔申请信封公布新的 HPKE 密钥",
	"Fund an address with ETH and dev KBC (huzhu dev chains only)":                                       "为地址充值 ETH 和开发用 KBC（仅限 huzhu 开发链）",
	"ETH to send, for gas":    "要发送的 ETH，用作 gas",
	"dev KBC to mint":         "要铸造的开发用 KBC",
	"Aliases:":                "别名：",
	"Examples:":               "示例：",
	"Available Commands:":     "可用命令：",
	"Flags:":                  "选项：",
	"Global Flags:":           "全局选项：",
	"Additional help topics:": "其他帮助主题：",
	"Use \"%s [command] --help\" for more information about a command.": "用 \"%s [command] --help\" 查看命令的详细说明。",
	" (default %s)":                       "（默认 %s）",
	"unknown shorthand flag: %q in -%s":   "未知的短选项 %q（在 -%s 中）",
	"unknown flag: --%s":                  "未知的选项：--%s",
	"flag needs an argument: %q in -%s":   "选项 %q 需要一个参数（在 -%s 中）",
	"flag needs an argument: --%s":        "选项需要一个参数：--%s",
	"invalid argument %q for %q flag: %v": "参数 %q 对选项 %q 无效：%v",
	"bad flag syntax: %s":                 "选项格式错误：%s",
	"Help about any command":              "查看任意命令的帮助",
	`Help provides help for any command in the application.
Simply type huzhu help [path to command] for full details.`: `help 提供应用中任意命令的帮助。
输入 huzhu help [命令路径] 查看完整说明。`,
	"unknown help topic %q; see `huzhu --help`":   "未知的帮助主题 %q；请查看 `huzhu --help`",
	"disable completion descriptions":             "不输出补全说明",
	"Generate the autocompletion script for bash": "生成 bash 的自动补全脚本",
	`Generate the autocompletion script for the bash shell.

This script depends on the 'bash-completion' package.
If it is not installed already, you can install it via your OS's package manager.

To load completions in your current shell session:

	source <(huzhu completion bash)

To load completions for every new session, execute once:

#### Linux:

	huzhu completion bash > /etc/bash_completion.d/huzhu

#### macOS:

	huzhu completion bash > $(brew --prefix)/etc/bash_completion.d/huzhu

You will need to start a new shell for this setup to take effect.
`: `生成 bash shell 的自动补全脚本。

此脚本依赖 'bash-completion' 软件包。
若尚未安装，可以用操作系统的包管理器安装。

在当前 shell 会话中加载补全：

	source <(huzhu completion bash)

要在每个新会话中加载补全，执行一次：

#### Linux：

	huzhu completion bash > /etc/bash_completion.d/huzhu

#### macOS：

	huzhu completion bash > $(brew --prefix)/etc/bash_completion.d/huzhu

需要启动新的 shell 才能生效。
`,
	"Generate the autocompletion script for zsh": "生成 zsh 的自动补全脚本",
	`Generate the autocompletion script for the zsh shell.

If shell completion is not already enabled in your environment you will need
to enable it.  You can execute the following once:

	echo "autoload -U compinit; compinit" >> ~/.zshrc

To load completions in your current shell session:

	source <(huzhu completion zsh)

To load completions for every new session, execute once:

#### Linux:

	huzhu completion zsh > "${fpath[1]}/_huzhu"

#### macOS:

	huzhu completion zsh > $(brew --prefix)/share/zsh/site-functions/_huzhu

You will need to start a new shell for this setup to take effect.
`: `生成 zsh shell 的自动补全脚本。

如果你的环境尚未启用 shell 补全，需要先启用。可以执行一次：

	echo "autoload -U compinit; compinit" >> ~/.zshrc

在当前 shell 会话中加载补全：

	source <(huzhu completion zsh)

要在每个新会话中加载补全，执行一次：

#### Linux：

	huzhu completion zsh > "${fpath[1]}/_huzhu"

#### macOS：

	huzhu completion zsh > $(brew --prefix)/share/zsh/site-functions/_huzhu

需要启动新的 shell 才能生效。
`,
	"Generate the autocompletion script for fish": "生成 fish 的自动补全脚本",
	`Generate the autocompletion script for the fish shell.

To load completions in your current shell session:

	huzhu completion fish | source

To load completions for every new session, execute once:

	huzhu completion fish > ~/.config/fish/completions/huzhu.fish

You will need to start a new shell for this setup to take effect.
`: `生成 fish shell 的自动补全脚本。

在当前 shell 会话中加载补全：

	huzhu completion fish | source

要在每个新会话中加载补全，执行一次：

	huzhu completion fish > ~/.config/fish/completions/huzhu.fish

需要启动新的 shell 才能生效。
`,
	`Generate the autocompletion script for powershell.

To load completions in your current shell session:

	huzhu completion powershell | Out-String | Invoke-Expression

To load completions for every new session, add the output of the above command
to your powershell profile.
`: `生成 powershell 的自动补全脚本。

在当前 shell 会话中加载补全：

	huzhu completion powershell | Out-String | Invoke-Expression

要在每个新会话中加载补全，将上面命令的输出加入你的 powershell 配置文件。
`,
	"Generate the autocompletion script for powershell":          "生成 powershell 的自动补全脚本",
	"Generate the autocompletion script for the specified shell": "生成指定 shell 的自动补全脚本",
	`Generate the autocompletion script for huzhu for the specified shell.
See each sub-command's help for details on how to use the generated script.
`: `为指定的 shell 生成 huzhu 的自动补全脚本。
各子命令的帮助说明了如何使用生成的脚本。
`,
	"help for %s": "%s 的帮助",
	"Usage:":      "用法：",
	"Issue a medical SD-JWT VC to a member's wallet key":                                 "向成员的钱包密钥签发医疗 SD-JWT VC 凭证",
	"the issuer's display name or its slug (huzhu issuer init)":                          "签发机构的显示名称或其简称（huzhu issuer init）",
	"the member's holder request or JWK (- for stdin)":                                   "成员的持有人请求或 JWK（- 表示标准输入）",
	"JSON object of medical facts (- for stdin)":                                         "医疗事实的 JSON 对象（- 表示标准输入）",
	"how long the credential is valid":                                                   "凭证的有效期",
	"write the credential to this file (0600) instead of stdout":                         "将凭证写入此文件（0600），而不是标准输出",
	"For hospitals and clinics: keys, issuing medical credentials, the trusted registry": "医院和诊所使用：密钥、签发医疗凭证、信任名录",
	"same as --revoke": "同 --revoke",
	"Create a hospital's P-256 signing key; print its JWK and RFC 7638 thumbprint":                    "创建医院的 P-256 签名密钥；输出其 JWK 和 RFC 7638 指纹",
	"the issuer's display name, any text (e.g. \"Yangzhou First People's Hospital\")":                 "签发机构的显示名称，任意文字（例如 \"扬州市第一人民医院\"）",
	"List this data dir's issuer keys and the community's trusted-issuer registry with pending votes": "列出此数据目录中的签发机构密钥，以及社区的签发机构信任名录和待定投票",
	`List the issuer keys kept in this data dir (DATA_DIR/issuers) and, when a community is
chosen, its trusted-issuer registry rebuilt from its events: every key ever bound to an
issuer identity, whether it is trusted now, and the changes sitting notaries asked for
(issuer trust) that still wait for a quorum of votes in this term.`: "列出此数据目录（DATA_DIR/issuers）中保存的签发机构密钥；选定社区时，还列出由其事件重建的签发机构信任名录：每个曾绑定到签发机构身份的密钥、它现在是否受信任，以及在任公证人提出（issuer trust）、本届任期内仍在等待法定人数投票的变更。",
	"Pay dues for a member (a family member, an employee), or for yourself": "为成员（家人、员工）或为自己缴纳会费",
	`Pay N coverage periods of dues for the member --for names (an address or a wallet
account name; default: the account itself), from the account. The member's coverage
follows the same rules as join. Dues are contributions to the pool and are never
refunded, also not when the member leaves.`: "从账户为 --for 指定的成员（地址或钱包账户名；默认：账户本身）缴纳 N 期会费。该成员的保障期按与 join 相同的规则计算。会费是向资金池的互助捐款，概不退还，成员退出时也不退还。",
	"the member to pay for: an address or account name (default: the account)":                 "要为其缴费的成员：地址或账户名（默认：账户本身）",
	"Join the community, pay dues (for yourself or another member), see where a member stands": "加入社区，缴纳会费（为自己或其他成员），查看成员状况",
	"Show where a member stands (default: the account) and what paying dues now would do":      "查看成员状况（默认：账户本身），以及现在缴纳会费会有什么结果",
	`Show a member's join date, coverage, waiting period and grace period, their state
(none, waiting, active, grace or lapsed), and what paying --periods periods now would do.
ADDR is an address or a wallet account name; without it, the account.`: "查看成员的加入日期、保障期、等待期和宽限期、其状态（无、等待中、有效、宽限中或已失效），以及现在缴纳 --periods 期会费会有什么结果。ADDR 是地址或钱包账户名；不填时为账户本身。",
	"periods to reckon the next payment with":                                                  "计算下一次缴费所用的期数",
	"List every member from the community's dues events: coverage, dues paid, who paid, state": "根据社区的会费事件列出每位成员：保障期、已缴会费、缴费人、状态",
	"approve the community and then pay (2 transactions), even where the token has a permit":   "先授权社区再缴费（2 笔交易），即使代币支持 permit",
	"Pay dues for yourself: join, or renew your coverage":                                      "为自己缴纳会费：加入，或续保",
	`Pay N coverage periods of dues for the account: a first payment joins the community
and starts the waiting period; a payment while covered, or within the grace period after
coverage ends, extends coverage and keeps the join date; a payment after grace joins
again and restarts the waiting period. Dues are contributions to the pool and are never
refunded, also not when leaving. Paid in one transaction with a permit where the token
supports EIP-2612, else an approval and then the payment.`: "从账户缴纳 N 期会费：首次缴费即加入社区并开始等待期；在保障期内或保障期结束后的宽限期内缴费，会延长保障期并保留加入日期；宽限期过后缴费则重新加入，等待期重新开始。会费是向资金池的互助捐款，概不退还，退出时也不退还。代币支持 EIP-2612 时用 permit 一笔交易完成，否则先授权再缴费。",
	"coverage periods to pay":                               "要缴纳的期数",
	"Serve the embedded chain over JSON-RPC (HTTP and IPC)": "通过 JSON-RPC（HTTP 和 IPC）提供内嵌链服务",
	`Serve huzhu's embedded chain (a go-ethereum dev-mode node, chain id 1337, kept in the
data dir) so that other terminals and tools — ethers, viem, geth attach, MetaMask — use the
same chain. While it runs, other huzhu commands on this data dir go through it.

Without huzhu node, the first command that needs the chain starts a background server of
it (huzhu node --background, logging to DATA_DIR/node.log) that every huzhu process on the
data dir shares, and that stops after 10 idle minutes (HUZHU_NODE_IDLE). huzhu node takes
over from that server once the commands using it have finished; huzhu node stop stops it.`: `提供 huzhu 的内嵌链服务（go-ethereum 开发模式节点，链 ID 1337，保存在数据目录中），让其他终端和工具——ethers、viem、geth attach、MetaMask——使用同一条链。运行期间，此数据目录上的其他 huzhu 命令都经由它访问链。

不运行 huzhu node 时，第一个需要链的命令会启动它的后台服务（huzhu node --background，日志写入 DATA_DIR/node.log），该数据目录上的所有 huzhu 进程共用它，空闲 10 分钟后停止（HUZHU_NODE_IDLE）。使用该后台服务的命令结束后，huzhu node 会接替它；huzhu node stop 停止它。`,
	"HTTP JSON-RPC address (empty: IPC only)":                                       "HTTP JSON-RPC 地址（为空则只用 IPC）",
	"log every block and request":                                                   "记录每个区块和请求",
	"serve as the background server huzhu commands start (IPC only)":                "作为 huzhu 命令启动的后台服务运行（只用 IPC）",
	"with --background: stop after this long with no huzhu process using the chain": "与 --background 同用：没有 huzhu 进程使用链达到此时长后停止",
	"Stop the background server of the embedded chain":                              "停止内嵌链的后台服务",
	`Stop the background server of this data dir's embedded chain, after the huzhu commands
using it have finished (at most 30 s). A huzhu node in the foreground is stopped with Ctrl-C
where it runs.`: "待使用它的 huzhu 命令结束后（最多 30 秒），停止此数据目录内嵌链的后台服务。在前台运行的 huzhu node 在其运行处按 Ctrl-C 停止。",
	"List the account's HPKE keys and check that each opens with the account's key":      "列出账户的 HPKE 密钥，并检查每个密钥都能用账户的密钥打开",
	"For notaries: the HPKE key claims are sealed to, and the claims to review":          "供公证人使用：理赔申请加密所用的 HPKE 密钥，以及待审核的理赔申请",
	"Create an HPKE key for claim envelopes and publish it on chain (publish or rotate)": "为理赔申请信封创建 HPKE 密钥并在链上公布（首次公布或轮换）",
	`Create a new MLKEM768-X25519 (X-Wing) key pair, keep its private half in
DATA_DIR/notary-keys/ADDRESS/, encrypted under a key derived from the account's private key
(so it opens wherever the account is imported, from its recovery phrase or private key), and
publish the public half in the community (setNotaryKey). Run it again to rotate: claims filed
from then on are sealed to the new key, and the old ones stay to open what was sealed to them.`: "创建新的 MLKEM768-X25519（X-Wing）密钥对，私钥部分保存在 DATA_DIR/notary-keys/ADDRESS/，用从账户私钥派生的密钥加密（因此无论账户从助记词还是私钥导入到哪里都能打开），并在社区中公布公钥部分（setNotaryKey）。再次运行即轮换：此后提交的理赔申请加密给新密钥，旧密钥保留，用于打开此前加密给它们的理赔申请。",
	"Open a claim's envelope and check it: the SPEC checklist, then the disclosed facts (health data, for your eyes only)": "打开理赔申请的信封并检查：SPEC 检查清单，然后是披露的事实（健康数据，仅供你本人查看）",
	`Fetch claim ID's sealed envelope from the chain, check it against the hash the contract
stores, open it with your HPKE key, and check the presentation against the chain: issuer
signature and trust, expiry, holder binding, key binding (sd_hash, aud, nonce, iat),
required facts, covered category, diagnosis date within eligibility and coverage, amount
within cost and cap, nullifier, that the event was not already paid, and that the envelope
names this claim. Each check says PASS or FAIL and why; then the facts the member disclosed,
and nothing else.

The disclosed facts (and some checks' reasons) are HEALTH DATA, for your eyes only as the
member's notary: they are written to this command's standard output only, never to its
standard error, a log or a file, and you must not copy them anywhere. Do not redirect this
output into a file or a shared log. The review itself exits 0 whatever it finds: you decide,
with huzhu notary approve or huzhu notary reject.`: `从链上取回理赔申请 ID 的加密信封，与合约保存的哈希核对，用你的 HPKE 密钥打开，并对照链上信息检查出示内容：签发机构签名和信任、有效期、持有人绑定、密钥绑定（sd_hash、aud、nonce、iat）、必需事实、保障类别、诊断日期在生效后的保障期内、金额不超过费用和上限、防重复标识、该事件尚未获得赔付，以及信封指明的正是这份理赔申请。每项检查都标明通过或失败及原因；然后是成员披露的事实，仅此而已。

披露的事实（以及某些检查的原因）是【健康数据】，只供你作为该成员的公证人查看：它们只写到本命令的标准输出，绝不写到标准错误、日志或文件，你也不得将其复制到任何地方。不要把此输出重定向到文件或共享日志。审核本身无论发现什么都以退出码 0 结束：由你决定，用 huzhu notary approve 或 huzhu notary reject。`,
	"Review a claim of your term and approve it if every check passes (the approval that reaches quorum pays it)": "审核你任期内的理赔申请，所有检查都通过时批准（达到法定人数的那张批准票即触发赔付）",
	`Open claim ID's envelope with your HPKE key and run the review's checks (as huzhu notary
review does); approve only if every check passes. The approval names the nullifier and the
envelope hash you reviewed, so it cannot count for any other claim.

--despite-failed-checks approves a claim some checks fail: the notary decides (SPEC section
7), knowingly. Even then, a claim whose envelope you cannot open is refused: you cannot
approve what you have not seen.`: `用你的 HPKE 密钥打开理赔申请 ID 的信封并运行审核的各项检查（与 huzhu notary review 相同）；只有所有检查都通过才批准。批准票写明你审核过的防重复标识和信封哈希，因此不能计入其他任何理赔申请。

--despite-failed-checks 批准部分检查未通过的理赔申请：由公证人知情后自行决定（SPEC 第 7 节）。即便如此，你打不开信封的理赔申请仍会被拒绝：你不能批准你没看过的东西。`,
	"approve even though some of the review's checks fail (you decide; never when the envelope does not open)": "即使审核的部分检查未通过也批准（由你决定；信封打不开时绝不批准）",
	"the reason code, a number or a name (see above)":                                                          "理由代码，数字或名称（见上文）",
	"List the claims waiting for my vote: open, of my term, not my own, review window still open":              "列出等待我投票的理赔申请：审核中、属于我的任期、不是我本人的、审核期尚未结束",
	"huzhu (互助) — a wallet for a health mutual-aid community":                                                  "huzhu（互助）——健康互助社区的钱包",
	`huzhu (互助, "mutual aid") keeps your key, pays community dues into a pool run by a
smart contract, and files claims that reveal only the medical facts the policy needs,
sealed so that only the elected notaries can read them.

Run it with no command at a terminal for the interactive wallet. Every action is also
a command below; add --json for one JSON document on stdout.

Exit codes: 0 ok, 1 error, 2 usage, 3 refused by the community's rules,
4 authentication, 5 chain unreachable.`: `huzhu（互助）保管你的密钥，把社区会费缴入由智能合约管理的资金池，并提交只披露社区规则所需医疗事实的理赔申请；申请经过加密，只有当选的公证人才能读取。

在终端上不带命令运行即进入交互式钱包。每个操作也都是下面的一个命令；加 --json 在标准输出上输出一个 JSON 文档。

退出码：0 成功，1 错误，2 用法错误，3 被社区规则拒绝，4 身份验证失败，5 无法连接链。`,
	"print huzhu's version and exit":                                                                    "输出 huzhu 的版本后退出",
	"where huzhu keeps keys, credentials and the embedded chain (env HUZHU_HOME)":                       "huzhu 保存密钥、凭证和内嵌链的位置（环境变量 HUZHU_HOME）",
	"JSON-RPC endpoint; empty: the embedded chain (env HUZHU_RPC)":                                      "JSON-RPC 端点；为空：使用内嵌链（环境变量 HUZHU_RPC）",
	"community contract address (env HUZHU_COMMUNITY)":                                                  "社区合约地址（环境变量 HUZHU_COMMUNITY）",
	"wallet account name or address (env HUZHU_ACCOUNT)":                                                "钱包账户名或地址（环境变量 HUZHU_ACCOUNT）",
	"file holding the passphrase, - for stdin (env HUZHU_PASSWORD_FILE)":                                "存放密码的文件，- 表示标准输入（环境变量 HUZHU_PASSWORD_FILE）",
	"print exactly one JSON document on stdout":                                                         "在标准输出上只输出一个 JSON 文档",
	"answer yes to confirmations (sending money included)":                                              "对所有确认回答“是”（包括付款）",
	"never use the OS keyring (env HUZHU_NO_KEYRING)":                                                   "不使用系统密钥环（环境变量 HUZHU_NO_KEYRING）",
	"let the OS keyring remember what a --password-file passphrase unlocks, as it does for a typed one": "让系统密钥环记住 --password-file 中的密码所解锁的信息，就像对输入的密码那样",
	"language of human text: en or zh (env HUZHU_LANG; default from LANG)":                              "界面文字的语言：en 或 zh（环境变量 HUZHU_LANG；默认取自 LANG）",
	"[y/N]":                                  "[是/否，默认否]",
	"account name (required)":                "账户名（必填）",
	"mnemonic length: 12 or 24":              "助记词长度：12 或 24",
	"weak scrypt parameters, for tests only": "弱 scrypt 参数，仅供测试",
	"Import an account from a mnemonic, a private key or a keystore file": "从助记词、私钥或 keystore 文件导入账户",
	`Import an account. Secrets are read from files (- for stdin), never from the command
line, where other users and shell history could see them.

A keystore file opens with its own passphrase: from --keystore-password-file, else from
--password-file, else asked at the terminal. It protects the account here too, unless it is
shorter than 8 characters: then a new passphrase is asked at the terminal, or read from
--password-file when the keystore's came from --keystore-password-file; without either,
nothing is imported. --keystore-password-file with --password-file always gives the account
the password file's passphrase.`: `导入账户。机密信息从文件读取（- 表示标准输入），绝不从命令行读取，因为其他用户和 shell 历史记录都能看到命令行。

keystore 文件用它自己的密码打开：取自 --keystore-password-file，否则取自 --password-file，否则在终端中询问。这个密码在本机也用来保护该账户，除非它少于 8 个字符：这时会在终端中询问新密码，或者在 keystore 的密码取自 --keystore-password-file 时从 --password-file 读取新密码；两者都没有时，不导入任何内容。同时给出 --keystore-password-file 和 --password-file 时，账户总是由密码文件中的密码保护。`,
	"file holding the keystore's own passphrase, - for stdin (--password-file is then the account's new one)": "存放 keystore 自身密码的文件，- 表示标准输入（此时 --password-file 是账户的新密码）",
	"file holding a BIP-39 mnemonic":                                                 "存放 BIP-39 助记词的文件",
	"account index i of m/44'/60'/0'/0/i":                                            "m/44'/60'/0'/0/i 中的账户序号 i",
	"file holding the optional BIP-39 passphrase":                                    "存放可选 BIP-39 扩展密码的文件",
	"file holding a hex private key":                                                 "存放十六进制私钥的文件",
	"a Web3 Secret Storage v3 keystore file":                                         "Web3 Secret Storage v3 keystore 文件",
	"List the wallet's accounts":                                                     "列出钱包中的账户",
	"Show an account (default: --account)":                                           "查看账户（默认：--account）",
	"Write an account's Web3 Secret Storage v3 keystore (opens with its passphrase)": "导出账户的 Web3 Secret Storage v3 keystore（用账户密码打开）",
	`Write an account's key as a Web3 Secret Storage v3 keystore that opens with the
account's passphrase, in geth, MetaMask, ethers or another huzhu. The copy is sealed afresh
(its own scrypt salt, IV and id), so what the OS keyring remembers for this wallet opens no
exported copy. That takes the passphrase itself, which the keyring does not keep: it is
read from --password-file, or asked at the terminal.`: "把账户的密钥写成 Web3 Secret Storage v3 keystore，用账户密码即可在 geth、MetaMask、ethers 或另一个 huzhu 中打开。副本会重新加密（有自己的 scrypt 盐值、IV 和 id），因此系统密钥环为本钱包记住的信息打不开任何导出的副本。这需要密码本身，而密钥环并不保存密码：密码从 --password-file 读取，或在终端中询问。",
	"account name":                       "账户名",
	"file to write (0600), - for stdout": "要写入的文件（0600），- 表示标准输出",
	"replace an existing file":           "替换已有的文件",
	"Delete an account's key from this wallet; its credentials and notary keys go only if you say so": "从此钱包删除账户的密钥；其凭证和公证人密钥只有在你明确要求时才删除",
	`Delete an account's key (and its keyring entry) from this wallet. Its credentials and notary
HPKE keys are encrypted under the account's private key: kept, they open again when the same
account is re-imported (recovery phrase or private key). Notary keys are random, not derived
from the recovery phrase: deleted, they are gone for good, and claims sealed to them can no
longer be reviewed.

At a terminal you are told how many of each the account has and asked whether they go too.
Without a terminal (--yes), they stay unless --delete-data is given. --keep-data keeps them
without asking. Notary keys kept the old way (under the account's keystore file) are moved
under the account's private key first, which needs the account unlocked.`: `从此钱包删除账户的密钥（及其密钥环条目）。其凭证和公证人 HPKE 密钥是用账户私钥加密的：保留下来的话，同一账户重新导入（助记词或私钥）后还能打开。公证人密钥是随机生成的，不由助记词派生：一旦删除就永远没有了，加密给它们的理赔申请也再也无法审核。

在终端上，会告诉你账户各有多少，并询问是否一并删除。没有终端时（--yes），除非给出 --delete-data，否则保留。--keep-data 不询问直接保留。按旧方式保存（在账户 keystore 文件之下）的公证人密钥会先移到账户私钥之下，这需要解锁账户。`,
	"Keys and money: accounts, balances, sending, history":                                              "密钥和资金：账户、余额、转账、历史记录",
	"keep the account's credentials and notary keys without asking (they open again after a re-import)": "不询问，保留账户的凭证和公证人密钥（重新导入后还能打开）",
	"delete the account's credentials and notary keys too (notary keys cannot be recovered)":            "一并删除账户的凭证和公证人密钥（公证人密钥无法恢复）",
	"Create an account from a new BIP-39 mnemonic":                                                      "用新的 BIP-39 助记词创建账户",
	`Create an account from a new BIP-39 mnemonic (account 0 of m/44'/60'/0'/0, as MetaMask
derives it). The mnemonic is shown once: write it down, it is the only way to recover the
account. At a terminal you confirm you wrote it by typing some of its words; in a script it
is printed once on stdout. The key is stored encrypted (scrypt, Web3 Secret Storage v3); the
OS keyring remembers what unlocks it when you type the passphrase (from --password-file,
only with --remember).`: "用新的 BIP-39 助记词创建账户（m/44'/60'/0'/0 的第 0 个账户，与 MetaMask 的派生方式相同）。助记词只显示一次：请抄下来，它是恢复账户的唯一途径。在终端上，你要输入其中几个词来确认已经抄好；在脚本中，它在标准输出上输出一次。密钥加密保存（scrypt，Web3 Secret Storage v3）；你输入密码时，由系统密钥环记住解锁所需的信息（密码取自 --password-file 时，只有加上 --remember 才会记住）。",
	"Transfers, dues, claims and payouts of an account, from chain logs": "账户的转账、会费、理赔申请和赔付，来自链上日志",
	`Transfers, dues, claims and payouts of an account, read from chain logs, oldest first.
Dues and payouts show once, as the community's event (not also as a token transfer);
tokens created by the dev faucet show as "mint".

ETH leaves no log: ETH sent shows from huzhu's journal; ETH received shows from the
latest 1024 blocks (read whole) and from the journals of this data dir's other accounts.
Older ETH received from elsewhere, and ETH paid by contracts, do not show: a standard
node keeps no index of transfers by recipient.

At a terminal the list has a header; piped, it is tab-separated with no header:
time, kind, amount, counterparty (or "mint"), note.`: `账户的转账、会费、理赔申请和赔付，读自链上日志，按时间从早到晚。会费和赔付只显示一次，作为社区的事件（不再作为代币转账重复显示）；开发用水龙头创建的代币显示为 "mint"。

ETH 转账不产生日志：发出的 ETH 取自 huzhu 的交易日志；收到的 ETH 取自最近 1024 个区块（整块读取）以及此数据目录其他账户的交易日志。更早从别处收到的 ETH 以及由合约支付的 ETH 不会显示：标准节点不按收款人索引转账。

在终端上列表有表头；通过管道输出时以制表符分隔、没有表头：时间、类型、金额、对方（或 "mint"）、备注。`,
	"first block to search":                         "开始搜索的区块",
	"Send ETH, or the community token with --token": "发送 ETH，或用 --token 发送社区代币",
	`Send ETH or (with --token) the community's token from --account. The fee is estimated
and shown before you confirm. The signed transaction is journaled before it is broadcast:
if huzhu stops or the connection drops, the next run finds out what happened to it and
never pays twice. A transaction stuck with too low a fee can be replaced with
'huzhu wallet speedup HASH' or 'huzhu wallet cancel HASH'.`: "从 --account 发送 ETH 或（用 --token）社区代币。手续费会先估算并在你确认前显示。签名后的交易在广播前先记入交易日志：如果 huzhu 中途停止或连接断开，下次运行会查明它的结果，绝不会重复付款。手续费过低而卡住的交易可以用 'huzhu wallet speedup HASH' 或 'huzhu wallet cancel HASH' 替换。",
	"recipient: an address or an account name":                                    "收款方：地址或账户名",
	"amount, e.g. 10 or 0.25":                                                     "金额，例如 10 或 0.25",
	"send the community token instead of ETH":                                     "发送社区代币而不是 ETH",
	"Check transactions huzhu is still waiting for, and show what became of them": "检查 huzhu 仍在等待的交易，并显示它们的结果",
	"ETH (for gas) and community token balances":                                  "ETH（用于 gas）和社区代币余额",
	"Stand in the running election as a candidate for the next notary term. A new HPKE\nkey pair is made as `huzhu notary key` makes it: its private half is kept in\nDATA_DIR/notary-keys/ADDRESS/ before anything is sent, and its public half goes on chain\nwith the candidacy. Standing needs a member past the waiting period whose coverage runs\nbeyond the election's close.": "作为候选人参加进行中的下一届公证人选举。会像 `huzhu notary key` 那样创建新的 HPKE 密钥对：私钥部分在发送任何内容之前就保存到 DATA_DIR/notary-keys/ADDRESS/，公钥部分随参选交易一起上链。参选的成员须已过等待期，且其保障期持续到选举结束之后。",
	`Issue a medical event credential (SD-JWT VC, ES256) bound to the member's wallet key.
--holder is the member's request (huzhu credential request), whose proof of possession is
checked, or a bare secp256k1 JWK. --claims is a JSON object of facts; every fact is
selectively disclosable: %s.
Leave event_id out: huzhu makes it, 128 random bits, or with --record REF an HMAC of the
hospital's own reference of the event under this issuer's secret (kept beside its key), so
that every credential issued for one record names one event, paid once. The claim's public
nullifier is derived from it, and no one without the secret can guess it. An event_id given
in --claims must already be in the canonical form (base64url of 16 to 48 bytes).`: `签发绑定到成员钱包密钥的医疗事件凭证（SD-JWT VC，ES256）。--holder 是成员的请求（huzhu credential request），会检查其持有证明；也可以是裸的 secp256k1 JWK。--claims 是事实的 JSON 对象；每项事实都可选择性披露：%s。
请不要提供 event_id：由 huzhu 生成，为 128 位随机数；或用 --record REF，以本签发机构的密钥（保存在其签名密钥旁）对医院自己的事件编号做 HMAC，使同一份病历签发的每份凭证都指向同一事件，只获一次互助金。互助申请公开的防重复标识由它派生，没有该密钥的人无法猜出。若在 --claims 中提供 event_id，它必须已是规范形式（16 至 48 字节的 base64url）。`,
	"Resend a waiting transaction with higher fees (same nonce)":      "以更高的手续费重新发送等待中的交易（相同 nonce）",
	"Replace a waiting transaction with a 0 ETH transfer to yourself": "用一笔发给自己的 0 ETH 转账替换等待中的交易",

	// issuer issue --record
	"the hospital's own reference of the event (a record number): the event id is made from it, the same for every credential of that record": "医院自己的事件编号（病历号）：事件标识由它生成，同一份病历的每份凭证都相同",
}
