-- Headless Neovim with its built-in LSP client: starts the language server (the command in $LSP_CMD, JSON),
-- opens $LSP_FILE, waits for its diagnostics and writes them to $LSP_OUT, one per line:
-- "line:col-endline:endcol severity code message" (1-based, as Neovim reports them), then quits.
-- Works with Neovim 0.7 (Debian 12) and later.
local file = os.getenv("LSP_FILE")
local out = os.getenv("LSP_OUT")
local cmd = vim.fn.json_decode(os.getenv("LSP_CMD"))

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buffer = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = "bioimage-specs",
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(file, ":p:h"),
  init_options = { debounceMs = 0, ioWaitMs = 60000 },
})
vim.lsp.buf_attach_client(buffer, client)

local published = vim.wait(60000, function()
  return #vim.diagnostic.get(buffer) > 0
end, 50)

local lines = {}
if not published then
  table.insert(lines, "no diagnostics within 60 s")
end
for _, d in ipairs(vim.diagnostic.get(buffer)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  local code = d.code or lsp.code or ""
  table.insert(lines, string.format("%d:%d-%d:%d %d %s %s", d.lnum + 1, d.col + 1, d.end_lnum + 1, d.end_col + 1, d.severity, code, d.message))
end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(client)
vim.cmd("qall!")
