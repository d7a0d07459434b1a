package i18n

// zhV2: protocol v2's messages (public notice, recall, vacated seats, owed payouts, sealed rejections, issuer identities, the four parts).
//
// Terms, beyond those of zh.go: 互助申请 claim (not the old catalog's
// word), 互助金 payout, 发放 pay out, 公示 / 公示期 public notice, 公证人团
// a term's board, 罢免 recall, 解除席位 vacate a seat, 退回 returned,
// 结算发放 settle, 欠付 / 待领取 owed, 领取 withdraw owed, 每期发放上限
// outflow cap, 最低投票数 min ballots, 密封 sealed (a rejection's reasons),
// 加密给 sealed to (notaries' keys), 组成合约 part (one of the four
// contracts), 签发机构身份 issuer identity, 关联 tied (an identity to its
// iss), 绑定 / 解绑 bound / unbind (a key to an identity), 信任名录 /
// 签发机构名录 registry.
var zhV2 = map[string]string{
	// chain/deploy.go
	"the community's %s part was created at %s, not at %s as planned: another transaction from the founder's account was mined meanwhile; create the community again": "社区的 %s 组成合约创建在 %s，而不是计划中的 %s：其间创始人账户的另一笔交易先上链了；请重新创建社区",

	// claims/claims.go
	"no approved claim is waiting for payment; every approved claim is paid":                                                                                 "没有等待发放的已批准互助申请；所有已批准的互助申请均已发放",
	"This pays the approved claims whose public notice has ended (%d in the queue), in approval order, as far as the pool and this period's cap cover them.": "此操作按批准顺序，向公示期已满的已批准互助申请发放互助金（队列中 %d 件），以资金池余额和本期发放上限为限。",
	"This decides claim %d as its seats still held can: returned or rejected.":                                                                               "此操作按仍在任的席位所能作出的结果处理互助申请 %d：退回或拒绝。",

	// claims/notary.go
	"claim %d's event does not match the commitment the contract stores (member, amount, term, nullifier, envelope)":                                      "互助申请 %d 的事件与合约存储的承诺值（成员、金额、任期、防重复标识、信封）不符",
	"claim %d's envelope does not open with this notary's key: its slot may be random bytes (the key published when it was filed could not be sealed to)": "互助申请 %d 的信封无法用该公证人的密钥打开：其槽位可能是随机字节（提交时公布的密钥无法用于加密）",
	"the board of term %d was recalled; it decides no more claims":                                                                                        "第 %d 届公证人团已被罢免；不再决定任何互助申请",
	"%s holds no seat in term %d, the term claim %d was filed in":                                                                                         "%s 在第 %d 届任期（互助申请 %d 提交时的任期）中没有席位",
	"This approves claim %d (%s %s for %s); it needs %d approvals of its %d notaries, %d so far. Once approved it is in public notice for %s, then paid.": "此操作批准互助申请 %d（%s %s，成员 %s）；需要 %d 票批准（共 %d 位公证人），目前 %d 票。批准后先公示 %s，公示期满再发放。",
	"the note repeats something the claim discloses; say why the claim fails, never what its evidence says":                                               "备注重复了互助申请披露的内容；只写申请为何不成立，绝不写其证据的内容",
	"This rejects claim %d with reason %d (%s), sealed: only the claimant and the term's notaries can read it; publicly the claim is only rejected.":      "此操作拒绝互助申请 %d，理由 %d（%s），理由经过密封：只有申请人和该届公证人能读取；公开可见的只是申请被拒绝。",
	"This rejects claim %d with reason %d (%s) and a note, both sealed: only the claimant and the term's notaries can read them.":                         "此操作拒绝互助申请 %d，理由 %d（%s），并附备注，两者均经密封：只有申请人和该届公证人能读取。",
	"claim %d's sealed reasons are read by its claimant and its term's notaries; no key kept here opens it":                                               "互助申请 %d 的密封理由只有其申请人和该届公证人能读取；此处保存的密钥都打不开",

	// claims/status_text.go
	"%d approve, %d reject": "%d 票批准，%d 票拒绝",

	// claims/submit.go
	"a member's payouts within 365 days total at most %s; %s remains":                                                                                                                                                                                "每位成员 365 天内获得的互助金合计最多 %s；尚余 %s",
	"a member's payouts within 365 days total at most %s; %s remains, more from %s":                                                                                                                                                                  "每位成员 365 天内获得的互助金合计最多 %s；尚余 %s，自 %s 起会有更多额度",
	"only %d notaries of term %d have a key your claim can be sealed to, fewer than the quorum of %d: it could never pass; wait until they publish usable keys, or the next term":                                                                    "只有 %d 位公证人（第 %d 届任期）有可用于加密你的互助申请的密钥，少于法定人数 %d：申请永远无法通过；请等他们公布可用的密钥，或等待下一届任期",
	"the board of term %d was recalled by the members and takes no claims; file yours once the next board sits (the early election closes a voting window after the recall)":                                                                         "第 %d 届公证人团已被成员罢免，不再受理互助申请；请在下一届公证人团就任后提交（提前选举在罢免后经过一个投票期结束）",
	"This files a claim for %s %s, sealed to the notaries of term %d whose keys can be sealed to; %s published no usable key and cannot read it (the review tells the others). A %d-byte envelope goes in the transaction; only its hash is stored.": "此操作提交金额为 %s %s 的互助申请，加密给第 %d 届任期中密钥可用的公证人；%s 未公布可用的密钥，无法读取此申请（审核结果会告知其他公证人）。交易中含 %d 字节的信封，链上只保存其哈希。",

	// cmd/huzhu/along.go
	"Then huzhu also settles the approved claims whose public notice has ended: a second transaction, with a fee of its own, that pays their members.": "随后 huzhu 还会结算发放公示期已满的已批准互助申请：这是第二笔交易，另付手续费，向相关成员发放互助金。",
	"Settled the approved claims whose notice had ended (block %d, tx %s).":                                                                            "已结算发放公示期已满的已批准互助申请（区块 %d，交易 %s）。",
	"settling the approved claims whose notice has ended did not work (%s); anyone can: huzhu claim settle":                                            "结算发放公示期已满的已批准互助申请未成功（%s）；任何人都可以结算：huzhu claim settle",

	// cmd/huzhu/claim.go
	"notary %s of term %d published no key the claim can be sealed to: they cannot read it, and the other notaries' review says so": "公证人 %s（第 %d 届任期）未公布可用于加密此申请的密钥：他们无法读取它，其他公证人的审核会说明这一点",
	"Show a claim: status, votes, public notice, payout, place in the payout queue":                                                 "查看互助申请：状态、投票、公示、互助金发放、在发放队列中的位置",
	`Show a claim: its status, each notary's vote, its public notice, payout and place in
the payout queue. A rejection's reason and note are sealed: only the claimant and the
notaries of the claim's term read them, with --open (it unlocks --account: the claimant's
wallet key, or a notary's HPKE keys).`: `查看互助申请：状态、每位公证人的投票、公示期、互助金发放情况及在发放队列中的位置。拒绝的理由和备注经过密封：只有申请人和该申请所属任期的公证人能用 --open 读取（它会解锁 --account：申请人的钱包密钥，或公证人的 HPKE 密钥）。`,
	"open the sealed reasons of rejections (as the claimant or a notary of the claim's term)": "打开拒绝的密封理由（以申请人或该申请所属任期公证人的身份）",
	"%s to %s":           "%s 至 %s",
	"Owed to the member": "待成员领取",
	"reason sealed (--open reads it, for the claimant and the term's notaries)":         "理由已密封（申请人和该届公证人可用 --open 读取）",
	"Withdraw a payout the token refused to pay you, to an address of yours it accepts": "领取代币拒绝支付给你的互助金，转入你名下代币接受的地址",
	`A token may refuse to pay an address (USDC and USDT keep blocklists). When it refused
a payout of yours, the amount stays in the pool, owed to you: withdraw it to an address the
token accepts (--to; default your own).`: `代币可能拒绝向某个地址付款（USDC 和 USDT 设有黑名单）。代币拒绝向你发放互助金时，这笔金额留在资金池中，作为欠付你的款项：请把它领取到代币接受的地址（--to；默认是你自己的地址）。`,
	"Withdrew %s %s to %s (block %d)":                                                                             "已领取 %s %s 到 %s（区块 %d）",
	"the address to pay (an address or account name; default: yours)":                                             "收款地址（地址或账户名；默认：你的地址）",
	"the pool owes %s nothing: every payout to it was made":                                                       "资金池没有欠付 %s 的款项：发给该地址的互助金均已发放",
	"This withdraws the %s %s the pool owes you to %s.":                                                           "此操作将资金池欠付你的 %s %s 领取到 %s。",
	"Decide a claim its board can no longer change (after a resignation or a vacated seat): returned or rejected": "处理公证人团已无法改变结果的互助申请（在有人辞任或席位被解除之后）：退回或拒绝",

	// cmd/huzhu/community.go
	"least time an election stays open (after the first members can vote, and after resignations or a recall end a term early)": "选举的最短开放时长（自首批成员可以投票时起算；因辞任或罢免导致任期提前结束时，自那时起算）",
	"public notice of an approved claim before it is paid":                                                                      "已批准的互助申请在发放前的公示期",
	"eligible members' signatures that recall a board during a notice":                                                          "公示期内罢免公证人团所需的符合资格成员签名数",
	"payouts per period at most: this share of the pool (or one max payout, if larger)":                                         "每期发放上限：资金池的这一比例（若单笔互助金上限更大，则取单笔上限）",
	"ballots an election needs to count":                                                                                        "选举有效所需的最低投票数",
	"credential types (vct) accepted as evidence, comma-separated":                                                              "接受作为证据的凭证类型（vct），以逗号分隔",
	"--outflow: %v": "--outflow：%v",
	"Create the community (its four contracts)?":         "创建社区（其四个组成合约）？",
	"Create the community (its four contracts, 2 of 2)?": "创建社区（其四个组成合约，第 2 步，共 2 步）？",
	"Deploying the community: part %d of %d (%s)…":       "正在部署社区：第 %d 个组成合约，共 %d 个（%s）…",
	"This deploys the community's four contracts, one after the other: membership and pool at %s, board at %s, claims at %s, issuer registry at %s.": "此操作依次部署社区的四个组成合约：成员与资金池位于 %s，公证人团位于 %s，互助申请位于 %s，签发机构名录位于 %s。",
	"membership and pool": "成员与资金池",
	"board":               "公证人团",
	"claims and payouts":  "互助申请与发放",
	"issuer registry":     "签发机构名录",
	"Recall signatures":   "罢免所需签名数",
	"at most %s of the pool, or one max payout": "至多为资金池的 %s，或单笔互助金上限",
	"Payouts per period":                        "每期发放上限",
	"Ballots an election needs":                 "选举最低投票数",
	"Accepted credential types":                 "接受的凭证类型",
	"Board":                                     "公证人团",
	"Claims and payouts":                        "互助申请与发放",
	"Issuer registry":                           "签发机构名录",
	"Owed to members":                           "待成员领取",
	"Create a community: deploy its four contracts, founded by --account": "创建社区：部署其四个组成合约，由 --account 创立",
	`Create a community on the chain: deploy its four contracts (membership and pool, board,
claims and payouts, issuer registry), wired to each other and with rules fixed forever, founded
by --account, in one confirmation. Without --token, it collects the dev KBC on huzhu's embedded
chain, and a new KBC owned by the founder elsewhere. --notaries names the first term's notaries
(addresses or wallet account names); later terms are elected by the members.

An approved claim is paid only after --notice, during which members may recall the board
(--recall signatures recall it); payouts per period are capped (--outflow of the pool, or one
--max-payout if larger); an election counts with --min-ballots ballots. The README says how to
choose them for a community's size.

The new community becomes this data dir's default for the chain.`: `在链上创建社区：部署其四个组成合约（成员与资金池、公证人团、互助申请与发放、签发机构名录），它们彼此连接，规则永久固定，由 --account 创立，只需确认一次。不带 --token 时，在 huzhu 的内嵌链上收取开发用 KBC，在其他链上则收取由创始人新部署并持有的 KBC。--notaries 指定首届公证人（地址或钱包账户名）；之后各届由成员选举产生。

已批准的互助申请须经过 --notice 的公示期后才发放，公示期内成员可以罢免公证人团（达到 --recall 个签名即罢免）；每期发放设有上限（资金池的 --outflow 比例，若一笔 --max-payout 更大则取后者）；选举须有 --min-ballots 张选票才有效。README 说明了如何按社区规模选择这些参数。

新社区成为此数据目录在该链上的默认社区。`,

	// cmd/huzhu/community_notice.go
	"No approved claim is in public notice.":                                    "没有处于公示期的已批准互助申请。",
	"In public notice (paid when it ends, unless the board is recalled first):": "公示中（公示期满即发放，除非公证人团先被罢免）：",
	"member for %s when filing":                                                 "提交时已入会 %s",
	"term %d":                                                                   "第 %d 届任期",
	"ends in %s (%s)":                                                           "%s 后结束（%s）",
	"The board of term %d was recalled on %s.":                                  "第 %d 届公证人团已于 %s 被罢免。",
	"Recall of term %d's board: %d of %d signatures, open until %s (huzhu election recall --term %d).": "罢免第 %d 届公证人团：已有 %d 个签名（需 %d 个），开放至 %s（huzhu election recall --term %d）。",
	"You have signed it.": "你已签名。",
	"The board of term %d has no approved claim in notice: nothing to recall.": "第 %d 届公证人团没有处于公示期的已批准互助申请：无可罢免。",
	"Recall of term %d's board: %d of %d signatures; closed with the notice.":  "罢免第 %d 届公证人团：已有 %d 个签名（需 %d 个）；已随公示期结束而关闭。",
	"Approved, notice ended, waiting for payment (huzhu claim settle):":        "已批准、公示期已满、等待发放（huzhu claim settle）：",
	"notice ended %s": "公示期于 %s 结束",
	"List the approved claims in public notice, their boards' recalls, and the claims waiting for payment": "列出公示中的已批准互助申请、对其公证人团的罢免，以及等待发放的互助申请",
	`List the approved claims in public notice, soonest to end first: the amount, the member,
how long they had been a member when filing, the votes, and when the notice ends. An
approved claim is paid only after its notice (by anyone's huzhu claim settle; huzhu settles
along whatever else it sends). While one of a board's claims is in notice, eligible members
can sign the recall of that board (huzhu election recall); the count so far is shown, and
with --account whether that account has signed. Last, the approved claims whose notice has
ended and that wait for the pool or the period's outflow cap, in payment order.`: `列出处于公示期的已批准互助申请，最早结束的在前：金额、成员、提交时的入会时长、投票，以及公示期何时结束。已批准的互助申请只在公示期满后发放（任何人运行 huzhu claim settle 即可；huzhu 发送其他交易时也会顺带结算发放）。某届公证人团有互助申请处于公示期时，符合资格的成员可以签名罢免该公证人团（huzhu election recall）；会显示目前的签名数，带 --account 时还会显示该账户是否已签名。最后按发放顺序列出公示期已满、正在等待资金池或本期发放上限的已批准互助申请。`,

	// cmd/huzhu/election.go
	"Notary elections: stand, vote, withdraw, finalize, see the results, recall a board": "公证人选举：参选、投票、退选、结束选举、查看结果、罢免公证人团",
	"%d cast; the election counts with %d":                                               "已投 %d 张；选举须有 %d 张才有效",
	"Ballots":                                                                            "选票",
	"Board recalled":                                                                     "公证人团已罢免",
	"%s: its claims in notice go back to be filed again; the election closes a voting window later": "%s：其公示中的互助申请退回，须重新提交；选举在一个投票期后结束",
	"Sign a recall of a board while one of its approved claims is in public notice":                 "在公证人团批准的互助申请处于公示期时，签名罢免该公证人团",
	`Sign the recall of the board of a term (the sitting one unless --term names another)
while one of the claims it approved is in public notice (huzhu community notice lists
them). Each eligible member (covered, past the waiting period) signs once per term; once
the community's recall threshold is reached the board is recalled: its claims still in
notice, and its open ones, go back to be filed again with the next board, it decides no
more claims, and if it is the sitting board an early election opens. A signature is
public, like every transaction.`: `签名罢免某届任期的公证人团（默认为现任，--term 可指定其他任期），前提是它批准的某个互助申请正处于公示期（huzhu community notice 会列出）。每位符合资格的成员（在保障期内且已过等待期）每届任期只能签名一次；达到社区的罢免门槛后，该公证人团即被罢免：其仍在公示中的互助申请和尚在审核中的互助申请都退回，须向下一届公证人团重新提交；它不再决定任何互助申请；若它是现任公证人团，则开启提前选举。签名与所有交易一样是公开的。`,
	"The board of term %d is recalled (%d of %d signatures, block %d)":     "第 %d 届公证人团已被罢免（%d/%d 个签名，区块 %d）",
	"Signed the recall of term %d's board: %d of %d signatures (block %d)": "已签名罢免第 %d 届公证人团：%d/%d 个签名（区块 %d）",
	"the term whose board to recall (default: the sitting term)":           "要罢免其公证人团的任期（默认：现任）",
	"--term %d: no such term": "--term %d：没有这一届任期",
	"This signs the recall of term %d's board (%d of %d signatures so far). Once %d members have signed, its claims still in public notice and its open ones go back to be filed again with the next board, it decides no more claims, and an early election opens if it sits. Your signature is public.": "此操作签名罢免第 %d 届公证人团（目前 %d/%d 个签名）。%d 位成员签名后，其仍在公示中和尚在审核中的互助申请都退回，须向下一届公证人团重新提交；它不再决定任何互助申请；若它是现任公证人团，则开启提前选举。你的签名是公开的。",

	// cmd/huzhu/issuer.go
	"Credentials carry iss": "凭证所带 iss",
	"the iss the hospital's credentials carry, for a rotated key (default: this key's thumbprint URN)": "医院凭证所带的 iss，用于轮换后的密钥（默认：此密钥的指纹 URN）",
	"--iss: %v":                   "--iss：%v",
	"an iss is at most 256 bytes": "iss 最多 256 字节",
	"issuer identifier (default: the iss issuer init gave the key)":                                        "签发机构标识（默认：issuer init 为该密钥设定的 iss）",
	"Add an issuer key to the community's registry (founder in the first term, then a quorum of notaries)": "将签发机构密钥加入社区的信任名录（首届任期由创始人决定，之后由达到法定人数的公证人决定）",
	`Trust (or with --revoke, stop trusting) an issuer key in the community's registry,
from --account. The registry knows issuers as identities, each tied for good to the iss its
credentials carry, with one or more keys (RFC 7638 thumbprints); a credential's nullifier is
derived from the identity, so one medical event is paid once whichever of the hospital's
keys signed it. A key new to the registry needs one of:
  --new-issuer     a hospital's first key: it starts an identity named by its thumbprint,
                   tied to its iss (refused when another identity has that iss already)
  --issuer 0xID    a rotated or second key of the identity 0xID (refused when that
                   identity's credentials carry another iss)
A key the registry knows keeps its identity: a key bound to one identity never moves to
another (huzhu issuer unbind frees one no claim can have used). The iss is the one in the
JSON issuer init printed, or --iss.

The founder decides alone while the first, founder-named term sits; from the first elected
term on, a sitting notary's call counts as one vote, and the change happens when a quorum
of notaries has asked for it.`: `由 --account 在社区的信任名录中信任（或用 --revoke 取消信任）一个签发机构密钥。名录以身份来识别签发机构，每个身份与其凭证所带的 iss 永久关联，并有一个或多个密钥（RFC 7638 指纹）；凭证的防重复标识由身份派生，因此同一医疗事件无论由该医院的哪个密钥签名，都只发放一次互助金。名录中没有的新密钥需要以下之一：
  --new-issuer     医院的第一个密钥：它开启一个以其指纹命名、与其 iss 关联的身份（若已有其他身份关联该 iss，则被拒绝）
  --issuer 0xID    身份 0xID 的轮换密钥或第二个密钥（若该身份的凭证所带的是另一个 iss，则被拒绝）
名录已知的密钥保留其身份：绑定到某个身份的密钥永远不会转到另一个身份（huzhu issuer unbind 可解绑一个不可能被任何互助申请用过的密钥）。iss 取自 issuer init 输出的 JSON，或 --iss。

首届（由创始人指定的）任期在任期间，由创始人独自决定；从第一届选举产生的任期起，在任公证人的调用计为一票，达到法定人数的公证人提出同一请求时变更生效。`,
	"the issuer's public JWK, or the JSON issuer init printed (a file, or - for stdin)":                            "签发机构的公开 JWK，或 issuer init 输出的 JSON（文件，或 - 表示标准输入）",
	"the key starts a new issuer identity (a hospital's first key)":                                                "该密钥开启一个新的签发机构身份（医院的第一个密钥）",
	"the issuer identity (0x + 64 hex digits) a rotated or second key joins":                                       "轮换密钥或第二个密钥所加入的签发机构身份（0x 加 64 位十六进制数字）",
	"the iss the issuer's credentials carry (default: the one issuer init printed, else the key's thumbprint URN)": "签发机构凭证所带的 iss（默认：issuer init 输出的 iss，否则为密钥指纹的 URN）",
	"stop trusting the key instead (it stays bound to its identity)":                                               "改为取消对该密钥的信任（它仍绑定在其身份上）",
	"Done: the key is no longer bound to issuer %s; it can be trusted again for the right one.":                    "完成：该密钥不再绑定到签发机构 %s；可以为正确的签发机构重新信任它。",
	"Done: the key is now trusted, for issuer %s.":                                                                 "完成：该密钥现已受信任，属于签发机构 %s。",
	"Done: the key is no longer trusted.":                                                                          "完成：该密钥不再受信任。",
	"Free a distrusted issuer key no claim can have used from its identity (a quorum of notaries)":                 "将已取消信任、不可能被任何互助申请用过的签发机构密钥从其身份解绑（须达到法定人数的公证人）",
	`Unbind a distrusted issuer key from the identity it was bound to, so that it can be
trusted again for the right one (a key bound to the wrong hospital by mistake). The registry
allows it only while no claim can have used the key: none approved since it was first
trusted; otherwise unbinding could let a paid event be paid again. The founder decides alone
while the first term sits; then a quorum of sitting notaries.`: `将已取消信任的签发机构密钥从其绑定的身份解绑，以便为正确的签发机构重新信任它（用于误将密钥绑定到错误医院的情形）。只有在不可能有互助申请用过该密钥时，名录才允许解绑：即自该密钥首次受信任以来没有任何互助申请获批；否则解绑可能让已获发放的事件再次获得互助金。首届任期在任期间由创始人独自决定；之后由达到法定人数的在任公证人决定。`,
	"the key's public JWK (a file, or - for stdin)":                                                                                                              "密钥的公开 JWK（文件，或 - 表示标准输入）",
	"the key's RFC 7638 thumbprint (0x + 64 hex digits), as issuer list shows it":                                                                                "密钥的 RFC 7638 指纹（0x 加 64 位十六进制数字），即 issuer list 所示",
	"--new-issuer and --issuer: give one (a new identity, or the one the key joins)":                                                                             "--new-issuer 和 --issuer 只能给一个（新身份，或密钥加入的已有身份）",
	"%w: key %s is not in the registry":                                                                                                                          "%w：密钥 %s 不在名录中",
	"%w: key %s belongs to issuer %s already and can never start another; leave out --new-issuer":                                                                "%w：密钥 %s 已属于签发机构 %s，永远不能开启另一个身份；请去掉 --new-issuer",
	"%w: key %s belongs to issuer %s and can never move to %s; add a new key to %s instead":                                                                      "%w：密钥 %s 属于签发机构 %s，永远不能转给 %s；请改为给 %s 添加新密钥",
	"%w: issuer %s's credentials carry another iss than %q; pass the one they carry with --iss":                                                                  "%w：签发机构 %s 的凭证所带的 iss 不是 %q；请用 --iss 传入其凭证所带的 iss",
	"%w: there is no issuer %s in the registry; a hospital's first key starts its identity with --new-issuer":                                                    "%w：名录中没有签发机构 %s；医院的第一个密钥用 --new-issuer 开启其身份",
	"%w: issuer %s's credentials carry another iss than %q: a key of one hospital cannot join another (pass the iss they carry with --iss)":                      "%w：签发机构 %s 的凭证所带的 iss 不是 %q：一家医院的密钥不能加入另一家医院（请用 --iss 传入其凭证所带的 iss）",
	"key %s is new to the registry and its iss %q is issuer %s's: add it to that identity with --issuer %s":                                                      "密钥 %s 是名录中的新密钥，而其 iss %q 属于签发机构 %s：请用 --issuer %s 将它加入该身份",
	"key %s is new to the registry: start a new issuer identity with --new-issuer (a hospital's first key), or add it to one with --issuer 0xID (a rotated key)": "密钥 %s 是名录中的新密钥：请用 --new-issuer 开启新的签发机构身份（医院的第一个密钥），或用 --issuer 0xID 将它加入已有身份（轮换后的密钥）",
	"give the key with one of --jwk FILE and --key 0xTHUMBPRINT":                                                                                                 "请用 --jwk FILE 或 --key 0xTHUMBPRINT 之一指定密钥",
	"--key: %v":                        "--key：%v",
	"%w: key %s is bound to no issuer": "%w：密钥 %s 未绑定任何签发机构",
	"%w: key %s is trusted; stop trusting it first (huzhu issuer trust --revoke)": "%w：密钥 %s 仍受信任；请先取消信任（huzhu issuer trust --revoke）",
	"Unbind key %s from issuer %s in community %s":                                "将密钥 %s 从签发机构 %s 解绑（社区 %s）",
	`Create an issuer's P-256 (ES256) signing key and print its public JWK and RFC 7638
thumbprint. --name is the issuer's display name, any text ("Yangzhou First People's
Hospital", "扬州市第一人民医院"). The key is kept in DATA_DIR/issuers/SLUG/key.json, where
SLUG is a short ASCII form of the name, as a Web3 Secret Storage v3 file protected by its
own passphrase (not by any wallet account), next to its public JWK (jwk.json). Issuer
names are their own: they never collide with account names. Later commands accept the
display name or the slug.

Every credential of one hospital carries one iss, whichever key signed it: a community's
registry ties the hospital's identity to it. A new hospital's iss is its first key's
thumbprint URN; a rotated key keeps it: --iss with the iss its first key printed. A
community trusts the first key with huzhu issuer trust --jwk FILE --new-issuer, a rotated
one with --issuer 0xID.`: `创建签发机构的 P-256（ES256）签名密钥，并输出其公开 JWK 和 RFC 7638 指纹。--name 是签发机构的显示名称，任意文字（"Yangzhou First People's Hospital"、"扬州市第一人民医院"）。密钥保存在 DATA_DIR/issuers/SLUG/key.json，其中 SLUG 是名称的简短 ASCII 形式，文件格式为 Web3 Secret Storage v3，由它自己的密码保护（而非任何钱包账户的密码），旁边是其公开 JWK（jwk.json）。签发机构的名称独立于账户名：两者永远不会冲突。之后的命令接受显示名称或简称。

同一家医院的每份凭证都带同一个 iss，无论由哪个密钥签名：社区的信任名录将医院的身份与该 iss 关联。新医院的 iss 是其第一个密钥的指纹 URN；轮换后的密钥沿用它：用 --iss 传入第一个密钥输出的 iss。社区用 huzhu issuer trust --jwk FILE --new-issuer 信任第一个密钥，用 --issuer 0xID 信任轮换后的密钥。`,

	// cmd/huzhu/notary_review.go
	"Reject a claim of your term with a reason code and an optional note, sealed to the claimant and the term's notaries": "以理由代码和可选备注拒绝你任期内的互助申请，理由和备注加密给申请人和该届公证人",
	"a short note for the claimant and the term's notaries: never a health fact (at most 280 bytes)":                      "给申请人和该届公证人的简短备注：绝不能写健康事实（最多 280 字节）",
	`Reject claim ID with a reason code, by number or name. Publicly the claim is only
rejected: the reason code and the note are sealed to the claimant and the notaries of the
claim's term (the envelope's scheme, in a box of one size whatever they say), and the
chain keeps only the box's hash, forever. huzhu claim show ID --open reads them, for those
who can.

--note T adds a short note (at most 280 bytes of one-line text). It must NEVER repeat a
health fact (diagnosis, dates, costs, names): say what is missing or wrong, not what the
claim shows. A note that contains any value the claim disclosed is refused before
anything is sent; a sealed box still outlives every key that opens it.

Reason codes:
%s`: `以理由代码（数字或名称）拒绝互助申请 ID。公开可见的只是申请被拒绝：理由代码和备注密封给申请人和该申请所属任期的公证人（沿用信封的加密方案，无论内容如何都装进同一尺寸的密封盒），链上只永久保存密封盒的哈希。有权读取的人可用 huzhu claim show ID --open 读取。

--note T 附上一段简短备注（最多 280 字节的单行文字）。备注绝不能重复任何健康事实（诊断、日期、费用、姓名）：只写缺了什么或哪里不对，不写申请的内容。含有申请所披露任何值的备注，会在发送任何内容之前被拒绝；密封盒在链上留存的时间，仍会长于任何能打开它的密钥。

理由代码：
%s`,
	"The reason code (%d, %s) and the note are sealed: only the claimant and the term's notaries can read them; publicly the claim is only rejected. The note must still never repeat a health fact.": "理由代码（%d，%s）和备注经过密封：只有申请人和该届公证人能读取；公开可见的只是申请被拒绝。备注仍然绝不能重复任何健康事实。",

	// cmd/huzhu/notary_vacate.go
	"Ask, with the other seated notaries, to vacate a seat whose holder is absent or abusive": "与其他在任公证人一起，请求解除缺席或滥用职权者的席位",
	"the notary whose seat to vacate (an address or account name)":                            "被解除席位的公证人（地址或账户名）",
	"%s's seat in term %d is vacated (reason %s, block %d).":                                  "%s 在第 %d 届任期的席位已解除（理由 %s，区块 %d）。",
	"Your ask is in: %d of the %d notaries needed to vacate %s's seat (block %d).":            "你的请求已计入：已有 %d 位公证人请求（需 %d 位）解除 %s 的席位（区块 %d）。",
	"why, in public: absent, abusive or unusable-key":                                         "公开的理由：absent（缺席）、abusive（滥用职权）或 unusable-key（密钥不可用）",
	`Ask, as a seated notary (--account), to vacate another notary's seat in the sitting
term. The seat is vacated once the quorum of the other seated notaries has asked (or all of
them, when fewer remain). Each ask gives its public reason code, and the vacancy records the
reason of the ask that completes the quorum (huzhu shows the reasons given so far):
%s
A vacated seat, like a resigned one, no longer counts: claims are decided by a quorum of the
seats still held, and when fewer seats than the quorum remain, open claims go back to be
filed again with the next board (huzhu claim decide) and an early election is due. The
reason is public; what the notary did is not put on chain.`: `以在任公证人（--account）的身份，请求解除本届任期中另一位公证人的席位。其他在任公证人中达到法定人数者（剩余人数更少时则为全部）提出请求后，该席位即被解除。每个请求各自给出公开的理由代码，解除记录的是达到法定人数的那个请求的理由（huzhu 会显示此前已给出的理由）：
%s
被解除的席位与辞任的席位一样不再计入：互助申请由仍在任席位中达到法定人数者决定；剩余席位少于法定人数时，审核中的互助申请退回，须向下一届公证人团重新提交（huzhu claim decide），并应举行提前选举。理由是公开的；该公证人做了什么不会记录在链上。`,
	"--reason is required: absent, abusive or unusable-key":                                                                    "必须提供 --reason：absent、abusive 或 unusable-key",
	"This asks to vacate %s's seat in term %d, for the public reason %q (%s): %d of the %d notaries needed have asked so far.": "此操作请求解除 %s 在第 %d 届任期的席位，公开理由为 %q（%s）：目前已有 %d 位公证人提出请求（需 %d 位）。",
	"Ask to vacate the seat?": "请求解除该席位？",

	// community/election.go
	"the notary does not review the claims of the term":                                                  "该公证人不审核本届任期的互助申请",
	"the notary abuses the seat (votes against the evidence, leaks what they read)":                      "该公证人滥用席位（违背证据投票、泄露其读到的内容）",
	"the notary's published key cannot be sealed to":                                                     "该公证人公布的密钥无法用于加密",
	"a reason this huzhu does not know":                                                                  "此版本 huzhu 无法识别的理由",
	"%q is not a reason to vacate a seat; the reasons are: %s":                                           "%q 不是解除席位的理由；可用的理由有：%s",
	"%s holds no seat in term %d: only its seated notaries can vacate a seat":                            "%s 在第 %d 届任期中没有席位：只有该届在任公证人才能解除席位",
	"%s holds no seat in term %d":                                                                        "%s 在第 %d 届任期中没有席位",
	"a notary cannot vacate their own seat; resign instead":                                              "公证人不能解除自己的席位；请改为辞任",
	"%d is not a reason to vacate a seat":                                                                "%d 不是解除席位的理由",
	"%s has already asked to vacate %s's seat; the other notaries must join":                             "%s 已请求解除 %s 的席位；还需其他公证人附议",
	"the board of term %d was recalled %s":                                                               "第 %d 届公证人团已于 %s 被罢免",
	"no claim the board of term %d approved is in public notice now; a recall is signed during a notice": "第 %d 届公证人团批准的互助申请目前都不在公示期；罢免须在公示期内签名",
	"%s has already signed the recall of term %d's board; a member signs once per term":                  "%s 已签名罢免第 %d 届公证人团；每位成员每届任期只能签名一次",

	// community/explain.go
	"the pool owes %s nothing": "资金池没有欠付 %s 的款项",
	"the payout's token transfer ran out of gas; send the transaction with more gas":                "发放互助金的代币转账耗尽了 gas；请用更多 gas 发送交易",
	"%s may not call this: only the community's part at %s may":                                     "%s 无权调用此函数：只有社区位于 %s 的组成合约可以调用",
	"the call's data is %s bytes, not the %s its arguments take: nothing may ride along after them": "调用数据为 %s 字节，而不是其参数所需的 %s 字节：参数之后不得附带任何内容",
	"%s has %d votes and does not out-rank the leaderboard's lowest entry (%d votes; of equal votes the earlier candidacy ranks higher); it enters the board with more votes, or in place of a lapsed or withdrawn candidate": "%s 有 %d 票，未能超过排行榜最后一名（%d 票；票数相同时先参选者排名靠前）；须获得更多票数，或顶替已失效或已退出的候选人，才能进入排行榜",
	"this HPKE key was published by %s: a key belongs to one notary; generate a key of your own":                                                                                                                              "此 HPKE 密钥已由 %s 公布：一个密钥只属于一位公证人；请生成你自己的密钥",
	"the election stays open until %s (the term's end, or the voting window after the seats fell below quorum or the board was recalled); it can be finalized then":                                                           "选举开放至 %s（即任期结束时，或在席位少于法定人数或公证人团被罢免后的投票期结束时）；届时可结束选举",
	"only %s ballots were cast, the election needs %s to count; the sitting notaries serve on and voting stays open":                                                                                                          "只投出了 %s 张选票，选举须有 %s 张才有效；在任公证人继续留任，投票保持开放",
	"%d is not a reason to vacate a seat (1 absent, 2 abusive, 3 unusable key)":                                                                                                                                               "%d 不是解除席位的理由（1 缺席，2 滥用职权，3 密钥不可用）",
	"the board of term %d is already recalled": "第 %d 届公证人团已被罢免",
	"the board of term %d was recalled by the members and decides no more claims; file the claim again once the next board sits":                             "第 %d 届公证人团已被成员罢免，不再决定任何互助申请；请在下一届公证人团就任后重新提交",
	"a member's payouts within 365 days total at most the cap; %s remains":                                                                                   "每位成员 365 天内获得的互助金合计不超过上限；尚余 %s",
	"a member's payouts within 365 days total at most the cap; %s remains, more from %s":                                                                     "每位成员 365 天内获得的互助金合计不超过上限；尚余 %s，自 %s 起会有更多额度",
	"the vote does not name claim %s as it was filed (member, amount, term, nullifier and envelope): the chain may have reorganised; review the claim again": "该投票所指的互助申请 %s 与其提交时不一致（成员、金额、任期、防重复标识和信封）：链可能发生了重组；请重新审核该互助申请",
	"a sealed rejection reason is %s bytes, not %s":                                                                                                          "密封的拒绝理由应为 %s 字节，而不是 %s 字节",
	"claim %s can still be decided by its notaries' votes":                                                                                                   "互助申请 %s 仍可由其公证人投票决定",
	"claim %s is in public notice until %s; it can be paid then":                                                                                             "互助申请 %s 公示至 %s；届时方可发放",
	"this period's payouts reached their cap (%s of %s); the next claims are paid from %s":                                                                   "本期发放已达上限（已发放 %s，上限 %s）；后续互助申请自 %s 起发放",
	"key %s already belongs to issuer %s; it can move only once unbound":                                                                                     "密钥 %s 已属于签发机构 %s；只有解绑后才能转移",
	"an issuer with this iss is registered as %s: a key for it joins that issuer":                                                                            "带有此 iss 的签发机构已登记为 %s：该 iss 的密钥应加入那个签发机构",
	"issuer %s is tied to another iss; a key for this iss joins the issuer tied to it, or makes a new one":                                                   "签发机构 %s 关联的是另一个 iss；此 iss 的密钥应加入与此 iss 关联的签发机构，或新建一个签发机构",
	"the founder's powers over the registry ended when the first elected term started (term %d sits); a quorum of its notaries changes it":                   "创始人对信任名录的权力已在第一届选举产生的任期开始时结束（现为第 %d 届任期）；须由该届达到法定人数的公证人变更",
	"key %s is bound to no issuer":                       "密钥 %s 未绑定任何签发机构",
	"key %s is trusted; distrust it before unbinding it": "密钥 %s 仍受信任；解绑前请先取消信任",
	"a claim was approved (%s) since key %s was first trusted (%s): it may have used the key, and unbinding it could let its event be paid again": "有互助申请于 %s 获批，晚于密钥 %s 首次受信任的时间（%s）：它可能用过该密钥，解绑可能让其事件再次获得互助金",
	"returned": "已退回",

	// community/params.go
	"must be below the seats (%d): a quorum of every seat could not decide a claim once one notary resigned": "必须小于席位数（%d）：若法定人数等于全部席位，一旦有一位公证人辞任，就无法决定任何互助申请",
	"must be between 1 and %d signatures":                 "必须在 1 到 %d 个签名之间",
	"must be more than 0%% and at most 100%% of the pool": "必须大于资金池的 0%%，且不超过 100%%",
	"must be between 1 and %d ballots":                    "必须在 1 到 %d 张选票之间",
	"name between 1 and 64 accepted credential types":     "请指定 1 到 64 个接受的凭证类型",
	"a credential type is empty":                          "有一个凭证类型为空",
	"must be more than 0 and fit in 88 bits":              "必须大于 0 且不超过 88 位",

	// disclosure/termchecks.go
	"the key names no issuer identity":            "该密钥不对应任何签发机构身份",
	"issuer %s is tied to no iss in the registry": "签发机构 %s 在名录中未关联任何 iss",
	"the credential's iss %q is not the one issuer %s is tied to: a key of one hospital cannot speak for another": "凭证的 iss %q 不是签发机构 %s 所关联的 iss：一家医院的密钥不能代表另一家医院",
	"issuer %s, tied to %q":           "签发机构 %s，关联 %q",
	"the envelope cannot be read: %v": "无法读取信封：%v",
	"not sealed to %s, notary of the term when the claim was filed: they cannot read it":                                                                              "未加密给 %s（提交时该届任期的公证人）：他们无法读取此申请",
	"sealed to %d key(s) of no notary of the term":                                                                                                                    "加密给了 %d 个不属于该届任何公证人的密钥",
	"sealed to the %d notaries of the term; the key of %s could not be sealed to (its slot is random bytes: they cannot read the claim)":                              "已加密给该届 %d 位公证人；%s 的密钥无法用于加密（其槽位为随机字节：他们无法读取此申请）",
	"sealed to the %d notaries of the term, each key as published when the claim was filed":                                                                           "已加密给该届 %d 位公证人，每个密钥均为提交时所公布的密钥",
	"paid %s %s, but the token refused the transfer: the pool keeps it for the member until they withdraw it":                                                         "已发放 %s %s，但代币拒绝了这笔转账：资金池为该成员保管这笔互助金，直到其领取",
	"Settling the approved claims whose notice has ended did not work: %s":                                                                                            "结算发放公示期已结束的已批准互助申请未成功：%s",
	"Then huzhu also settles the approved claims whose public notice has ended: a second transaction that pays their members, with a fee of its own of up to %s ETH.": "随后 huzhu 还会结算发放公示期已满的已批准互助申请：这是第二笔交易，向相关成员发放互助金，另付手续费，最多 %s ETH。",
	"an iss has no space around it, no control or zero-width characters, and is in Unicode NFC":                                                                       "iss 前后不能有空格，不能含控制字符或零宽字符，且须为 Unicode NFC 形式",
	"--record and --record-file: give one":                                                                                                                            "--record 与 --record-file：只能给其中一个",
	"the same reference read from a file (- for stdin; one trailing newline is dropped), kept out of ps and shell history":                                            "从文件读取同一病历编号（- 表示标准输入；末尾的一个换行符会被去掉），使其不出现在 ps 和 shell 历史中",
	"only one of --holder, --claims and --record-file can be - (stdin)":                                                                                               "--holder、--claims 和 --record-file 中只能有一个是 -（标准输入）",
	"--revoke stops trusting a key where it is bound: leave out --new-issuer, --issuer and --iss":                                                                     "--revoke 在密钥已绑定的身份下停止信任它：请去掉 --new-issuer、--issuer 和 --iss",
	"--jwk: its iss %q: %v": "--jwk：其 iss %q：%v",
	"Trust again key %s of issuer %s (iss %q) in community %s":                                                                "重新信任密钥 %s（签发机构 %s，iss %q），社区 %s",
	"Start a NEW issuer identity %s with key %s, tied for good to iss %q, in community %s":                                    "建立一个新的签发机构身份 %s，使用密钥 %s，永久关联 iss %q，社区 %s",
	"Add key %s to the existing issuer identity %s (iss %q) in community %s":                                                  "把密钥 %s 加入已有的签发机构身份 %s（iss %q），社区 %s",
	"%w: iss %q belongs to issuer %s already: a key for it joins that identity (--issuer %s)":                                 "%w：iss %q 已属于签发机构 %s：该 iss 的密钥应加入那个身份（--issuer %s）",
	"an earlier ask gave another reason than yours (%q); the vacancy records the reason of the ask that completes the quorum": "此前的请求给出的理由与你的（%q）不同；解除记录的是达到法定人数的那个请求的理由",
	"Reasons given so far: %s.": "此前已给出的理由：%s。",
}
